package io.github.gkml.diff.internal;

import io.github.gkml.model.Item;
import io.github.gkml.model.LegalBasis;
import io.github.gkml.model.TextFolding;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How alike two items are, for rename detection: their names (character bigrams of the folded
 * path), their content elements and their cited documents, each in [0, 1], combined with weights
 * 0.5, 0.3 and 0.2. Two empty lists are alike (1): they give no evidence either way.
 */
final class Similarity {

  static final double NAME_WEIGHT = 0.5;
  static final double CONTENT_WEIGHT = 0.3;
  static final double BASIS_WEIGHT = 0.2;

  private Similarity() {}

  /** The Dice coefficient of the character bigrams of two folded names. */
  static double name(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    return dice(sortedBigrams(a), sortedBigrams(b), a.length(), b.length());
  }

  /**
   * The Dice coefficient of two names' {@linkplain #sortedBigrams sorted bigrams}: twice the
   * bigrams they share (counted with repeats, as a multiset) over the bigrams of both.
   */
  static double dice(int[] a, int[] b, int lengthA, int lengthB) {
    int total = Math.max(1, lengthA - 1) + Math.max(1, lengthB - 1);
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * shared / total;
  }

  /**
   * Whether two folded paths both close with a qualifier in brackets, and not the same one ({@code
   * 审核信息(东关镇)} and {@code 审核信息(西河乡)}, {@code 资格预审公告(丰店镇)} and {@code 招标公告(丰沟镇)}): items for two
   * places or scopes, never one item renamed. A qualifier added or dropped ({@code 办法(试行)} → {@code
   * 办法}) or kept ({@code 审核信息(东关镇)} → {@code 审核确认信息(东关镇)}) is not this.
   */
  static boolean differInQualifier(String a, String b) {
    int openA = qualifierStart(a);
    int openB = qualifierStart(b);
    return openA > 0
        && openB > 0
        && (a.length() - openA != b.length() - openB
            || !a.regionMatches(openA, b, openB, a.length() - openA));
  }

  /** The bracketed qualifier closing a folded name ({@code (东关镇)}), or {@code ""} if none. */
  static String qualifier(String key) {
    int open = qualifierStart(key);
    return open > 0 ? key.substring(open) : "";
  }

  /** A folded name without the bracketed qualifier closing it, if any. */
  static String withoutQualifier(String key) {
    int open = qualifierStart(key);
    return open > 0 ? key.substring(0, open) : key;
  }

  /** Where the bracketed qualifier closing the last segment starts, or -1 if there is none. */
  private static int qualifierStart(String key) {
    if (!key.endsWith(")")) {
      return -1;
    }
    int open = key.lastIndexOf('(');
    return open > key.lastIndexOf('/') ? open : -1;
  }

  /** Shared content elements (folded) over all content elements. */
  static double content(Item a, Item b) {
    return jaccard(contentKeys(a), contentKeys(b));
  }

  /** Shared cited documents over all cited documents. */
  static double basis(Item a, Item b) {
    return jaccard(basisKeys(a), basisKeys(b));
  }

  static double combine(double name, double content, double basis) {
    return NAME_WEIGHT * name + CONTENT_WEIGHT * content + BASIS_WEIGHT * basis;
  }

  /** The key a cited document is compared on: its number, else its title, else its text. */
  static String documentKey(LegalBasis basis) {
    if (basis.number() != null) {
      return "N:" + basis.number();
    }
    if (basis.title() != null) {
      return "T:" + TextFolding.key(basis.title());
    }
    return "R:" + TextFolding.key(basis.raw());
  }

  /** The folded content elements of an item. */
  static Set<String> contentKeys(Item item) {
    List<String> values = item.content();
    Set<String> keys = new HashSet<>();
    for (String value : values) {
      keys.add(TextFolding.key(value));
    }
    return keys;
  }

  /** The documents an item cites, by {@link #documentKey}. */
  static Set<String> basisKeys(Item item) {
    Set<String> keys = new HashSet<>();
    for (LegalBasis value : item.basis()) {
      keys.add(documentKey(value));
    }
    return keys;
  }

  /** Shared keys over all keys; two empty sets are alike (1). */
  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int shared = 0;
    for (String key : a) {
      if (b.contains(key)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }

  /** The character bigrams of a name (its one char if shorter), as sorted ints. */
  static int[] sortedBigrams(String s) {
    if (s.length() < 2) {
      return s.isEmpty() ? new int[0] : new int[] {s.charAt(0)};
    }
    int[] grams = new int[s.length() - 1];
    for (int i = 0; i + 1 < s.length(); i++) {
      grams[i] = (s.charAt(i) << 16) | s.charAt(i + 1);
    }
    Arrays.sort(grams);
    return grams;
  }
}
