package io.github.gkml.model.internal;

import java.util.OptionalInt;

/** Chinese numerals as tables write them: 二十, 十五, 二十四, 一百二十, 两, 〇. */
public final class ChineseNumerals {

  /** The characters a Chinese numeral is made of. */
  public static final String DIGITS = "零〇一二两三四五六七八九十百千";

  private ChineseNumerals() {}

  /**
   * The value of a numeral written in Arabic digits or Chinese (up to 9999).
   *
   * @return empty when the text is not a numeral or is too large for an int
   */
  public static OptionalInt value(CharSequence text) {
    String s = text.toString();
    if (s.isEmpty()) {
      return OptionalInt.empty();
    }
    if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return s.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(s));
    }
    int total = 0;
    int digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        digit = d;
        continue;
      }
      int unit = unit(c);
      if (unit < 0) {
        return OptionalInt.empty();
      }
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
    if (digit > 0) {
      total += digit;
    }
    return OptionalInt.of(total);
  }

  private static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  private static int unit(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      default -> -1;
    };
  }
}
