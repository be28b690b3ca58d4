package io.github.gkml.diff.internal;

import io.github.gkml.model.Item;
import io.github.gkml.model.LegalBasis;
import io.github.gkml.model.TextFolding;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    Map<Integer, Integer> grams = bigrams(a);
    int total = Math.max(1, a.length() - 1) + Math.max(1, b.length() - 1);
    int shared = 0;
    for (int gram : bigramList(b)) {
      Integer count = grams.get(gram);
      if (count != null && count > 0) {
        grams.put(gram, count - 1);
        shared++;
      }
    }
    return 2.0 * shared / total;
  }

  /** Shared content elements (folded) over all content elements. */
  static double content(Item a, Item b) {
    return jaccard(keys(a.content()), keys(b.content()));
  }

  /** Shared cited documents over all cited documents. */
  static double basis(Item a, Item b) {
    return jaccard(documents(a.basis()), documents(b.basis()));
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

  private static Set<String> keys(List<String> values) {
    Set<String> keys = new HashSet<>();
    for (String value : values) {
      keys.add(TextFolding.key(value));
    }
    return keys;
  }

  private static Set<String> documents(List<LegalBasis> values) {
    Set<String> keys = new HashSet<>();
    for (LegalBasis value : values) {
      keys.add(documentKey(value));
    }
    return keys;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
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

  private static Map<Integer, Integer> bigrams(String s) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int gram : bigramList(s)) {
      counts.merge(gram, 1, Integer::sum);
    }
    return counts;
  }

  private static int[] bigramList(String s) {
    if (s.length() < 2) {
      return s.isEmpty() ? new int[0] : new int[] {s.charAt(0)};
    }
    int[] grams = new int[s.length() - 1];
    for (int i = 0; i + 1 < s.length(); i++) {
      grams[i] = (s.charAt(i) << 16) | s.charAt(i + 1);
    }
    return grams;
  }
}
