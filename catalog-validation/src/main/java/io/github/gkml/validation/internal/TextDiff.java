package io.github.gkml.validation.internal;

import io.github.gkml.validation.internal.ValueDiff.Kind;
import io.github.gkml.validation.internal.ValueDiff.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * The character-by-character comparison of {@link ValueDiff}. A run of digits counts as one token,
 * so that numbers change whole ({@code 20} → {@code 200}, not {@code 20} + {@code 0}); every other
 * character is a token of its own. The common prefix and suffix are kept; what is between is
 * compared by a longest common subsequence of tokens, or marked whole when it is long or has little
 * in common.
 */
final class TextDiff {

  /** The largest table the subsequence is computed with; longer values are marked whole. */
  private static final long MAX_CELLS = 250_000;

  private final List<String> a;
  private final List<String> b;
  private final List<Part> oldParts = new ArrayList<>();
  private final List<Part> newParts = new ArrayList<>();

  private TextDiff(String oldValue, String newValue) {
    a = tokens(oldValue);
    b = tokens(newValue);
  }

  static ValueDiff of(String oldValue, String newValue) {
    TextDiff diff = new TextDiff(oldValue, newValue);
    diff.compare();
    return new ValueDiff(ValueDiff.merge(diff.oldParts), ValueDiff.merge(diff.newParts));
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = i + Character.charCount(text.codePointAt(i));
      if (Character.isDigit(text.codePointAt(i))) {
        while (end < text.length() && Character.isDigit(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
      }
      tokens.add(text.substring(i, end));
      i = end;
    }
    return tokens;
  }

  private void compare() {
    int max = Math.min(a.size(), b.size());
    int prefix = 0;
    while (prefix < max && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    same(a.subList(0, prefix));
    middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix));
    same(a.subList(a.size() - suffix, a.size()));
  }

  private void middle(List<String> x, List<String> y) {
    if (x.isEmpty() || y.isEmpty() || (long) x.size() * y.size() > MAX_CELLS) {
      wholesale(x, y);
      return;
    }
    int[][] lcs = table(x, y);
    if (lcs[0][0] * 2 < Math.max(x.size(), y.size())) {
      wholesale(x, y);
      return;
    }
    int i = 0;
    int j = 0;
    while (i < x.size() && j < y.size()) {
      if (x.get(i).equals(y.get(j))) {
        oldParts.add(new Part(x.get(i++), Kind.SAME));
        newParts.add(new Part(y.get(j++), Kind.SAME));
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        oldParts.add(new Part(x.get(i++), Kind.REMOVED));
      } else {
        newParts.add(new Part(y.get(j++), Kind.ADDED));
      }
    }
    oldParts.add(new Part(String.join("", x.subList(i, x.size())), Kind.REMOVED));
    newParts.add(new Part(String.join("", y.subList(j, y.size())), Kind.ADDED));
  }

  /** {@code lcs[i][j]}: the longest common subsequence of {@code x[i..]} and {@code y[j..]}. */
  private static int[][] table(List<String> x, List<String> y) {
    int[][] lcs = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            x.get(i).equals(y.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    return lcs;
  }

  private void wholesale(List<String> x, List<String> y) {
    oldParts.add(new Part(String.join("", x), Kind.REMOVED));
    newParts.add(new Part(String.join("", y), Kind.ADDED));
  }

  private void same(List<String> common) {
    String text = String.join("", common);
    oldParts.add(new Part(text, Kind.SAME));
    newParts.add(new Part(text, Kind.SAME));
  }
}
