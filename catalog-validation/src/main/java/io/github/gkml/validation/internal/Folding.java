package io.github.gkml.validation.internal;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds text for matching titles and words: full-width to half-width (NFKC), no whitespace, no
 * 《》〈〉“”"' quotes, and without the prefix 中华人民共和国 that citations write or leave out. Citations
 * repeat across the items of a catalog, so folded texts are cached (thread-safe, bounded).
 */
final class Folding {

  private static final int MAX_CACHED = 10_000;
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Folding() {}

  static String fold(String text) {
    String cached = CACHE.get(text);
    if (cached != null) {
      return cached;
    }
    String folded = compute(text);
    if (CACHE.size() < MAX_CACHED) {
      CACHE.put(text, folded);
    }
    return folded;
  }

  private static String compute(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(normal.length());
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if (!Character.isWhitespace(c) && "《》〈〉<>“”\"'‘’".indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString().replace("中华人民共和国", "");
  }
}
