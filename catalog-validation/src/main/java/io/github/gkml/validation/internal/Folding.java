package io.github.gkml.validation.internal;

import java.text.Normalizer;

/**
 * Folds text for matching titles and words: full-width to half-width (NFKC), no whitespace, no
 * 《》〈〉“”"' quotes, and without the prefix 中华人民共和国 that citations write or leave out.
 */
final class Folding {

  private Folding() {}

  static String fold(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(normal.length());
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if (!Character.isWhitespace(c) && "《》〈〉<>“”\"'‘’".indexOf(c) < 0) {
        out.append(c);
      }
    }
    String folded = out.toString();
    return folded.replace("中华人民共和国", "");
  }
}
