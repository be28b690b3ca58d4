package io.github.gkml.model.internal;

import java.util.Arrays;

/**
 * A cell folded for matching by {@link Texts#compact} (NFKC, traditional to simplified, whitespace
 * removed), remembering where each folded character came from so that any folded range can be
 * mapped back to the text as written.
 *
 * <p>Folding goes one code point at a time, so the map is exact. Circled numbers (①…⑳) become a
 * list marker {@code 1.} rather than NFKC's bare {@code 1}, so that numbered clauses stay visible.
 * Immutable.
 */
final class FoldedText {

  private static final int CIRCLED_ONE = 0x2460;
  private static final int CIRCLED_TWENTY = 0x2473;

  private final String raw;
  private final String text;
  private final int[] from;
  private final int[] to;

  private FoldedText(String raw, String text, int[] from, int[] to) {
    this.raw = raw;
    this.text = text;
    this.from = from;
    this.to = to;
  }

  /** Folds the text. */
  static FoldedText of(String raw) {
    StringBuilder text = new StringBuilder(raw.length());
    int[] from = new int[raw.length() * 2 + 8];
    int[] to = new int[from.length];
    int i = 0;
    while (i < raw.length()) {
      int cp = raw.codePointAt(i);
      int next = i + Character.charCount(cp);
      String folded = fold(cp);
      for (int k = 0; k < folded.length(); k++) {
        if (text.length() == from.length) {
          from = Arrays.copyOf(from, from.length * 2);
          to = Arrays.copyOf(to, to.length * 2);
        }
        from[text.length()] = i;
        to[text.length()] = next;
        text.append(folded.charAt(k));
      }
      i = next;
    }
    return new FoldedText(raw, text.toString(), from, to);
  }

  private static String fold(int cp) {
    if (cp >= CIRCLED_ONE && cp <= CIRCLED_TWENTY) {
      return (cp - CIRCLED_ONE + 1) + ".";
    }
    if (cp < 0x80) {
      return Character.isWhitespace(cp) ? "" : String.valueOf((char) cp);
    }
    return Texts.compact(new String(Character.toChars(cp)));
  }

  /** The folded text. */
  String text() {
    return text;
  }

  /** The whole folded text as a fragment. */
  Fragment whole() {
    return new Fragment(this, 0, text.length());
  }

  /**
   * The text as written that the folded range {@code [start, end)} came from, including the spaces
   * and line breaks between its characters, stripped at both ends.
   */
  String raw(int start, int end) {
    if (start >= end) {
      return "";
    }
    return raw.substring(from[start], to[end - 1]).strip();
  }
}
