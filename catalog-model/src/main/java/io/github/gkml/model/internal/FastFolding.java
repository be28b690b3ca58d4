package io.github.gkml.model.internal;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * {@link Texts#compact} without the normaliser, for text made only of chars whose folding does not
 * depend on their neighbours: ASCII and Latin-1, general and CJK punctuation, number forms, circled
 * numbers, CJK ideographs (compatibility ones included) and full-width forms — what catalogs are
 * written in. Each such char folds alone (NFKC to one char that is no combining mark, then
 * simplified, or dropped as whitespace), and no two of them compose under NFKC, so folding them one
 * by one from a table gives exactly what the normaliser gives. Text with any other char (combining
 * marks, Hangul, surrogates …) returns {@code null}, for the normaliser to fold.
 */
final class FastFolding {

  /** Not in the table: the text goes to the normaliser. */
  private static final char SLOW = 0;

  /** Folds to nothing (whitespace). */
  private static final char DROP = '\uffff';

  /** The chars whose folding does not depend on their neighbours, as ranges [from, to]. */
  private static final int[][] RANGES = {
    {0x01, 0xFF}, // ASCII (controls and line breaks included) and Latin-1
    {0x2000, 0x206F}, // general punctuation, the spaces of many widths
    {0x2150, 0x218F}, // number forms (Ⅰ Ⅱ …)
    {0x2460, 0x24FF}, // circled and parenthesised numbers
    {0x3000, 0x303F}, // CJK symbols and punctuation (、。《》【】〔〕, the ideographic space)
    {0x3400, 0x4DBF}, // CJK ideographs, extension A
    {0x4E00, 0x9FFF}, // CJK unified ideographs
    {0xF900, 0xFAFF}, // CJK compatibility ideographs (each NFKC to one unified ideograph)
    {0xFE30, 0xFE4F}, // CJK compatibility forms (︵ ︶ …)
    {0xFF00, 0xFFEF}, // full-width and half-width forms
  };

  /** By char: {@link #SLOW}, {@link #DROP}, or what it folds to. */
  private static final char[] FOLDED = table();

  private FastFolding() {}

  /** The text folded as {@link Texts#compact} folds it, or {@code null} if it needs NFKC. */
  static @Nullable String compact(CharSequence text) {
    int length = text.length();
    int same = 0;
    while (same < length) {
      char c = text.charAt(same);
      if (FOLDED[c] != c) {
        break;
      }
      same++;
    }
    if (same == length) {
      return text.toString(); // the common case: already folded, nothing copied
    }
    StringBuilder out = new StringBuilder(length);
    out.append(text, 0, same);
    for (int i = same; i < length; i++) {
      char folded = FOLDED[text.charAt(i)];
      if (folded == SLOW) {
        return null;
      }
      if (folded != DROP) {
        out.append(folded);
      }
    }
    return out.toString();
  }

  private static char[] table() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int[] range : RANGES) {
      for (int c = range[0]; c <= range[1]; c++) {
        table[c] = fold((char) c);
      }
    }
    return table;
  }

  private static char fold(char c) {
    if (isMark(c)) {
      return SLOW;
    }
    String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    if (nfkc.isEmpty()) {
      return DROP;
    }
    if (nfkc.length() != 1 || isMark(nfkc.charAt(0))) {
      return SLOW;
    }
    char folded = nfkc.charAt(0);
    if (Texts.isDropped(folded)) {
      return DROP;
    }
    char simplified = Texts.simplified(folded);
    return simplified == SLOW || simplified == DROP ? SLOW : simplified;
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
