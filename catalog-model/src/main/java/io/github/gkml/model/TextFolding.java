package io.github.gkml.model;

import io.github.gkml.model.internal.Texts;

/**
 * 文本归一 — the folding gkml matches text on, so that the spellings of one value in different versions
 * of a table compare equal: full-width forms become half-width (NFKC), traditional characters
 * become simplified, whitespace and line breaks inside a cell disappear, and (for {@link #key}) the
 * quotation marks and title brackets tables write in many ways are dropped and list separators
 * unified.
 *
 * @since 0.1
 */
public final class TextFolding {

  private TextFolding() {}

  /**
   * The matching key: {@code 《社会救助暂行办法》} and {@code 〈社会救助 暫行辦法〉} give the same key. This is the
   * folding of {@link ItemPath#key()}.
   */
  public static String key(CharSequence text) {
    return Texts.key(text);
  }

  /** NFKC, simplified characters, no whitespace; punctuation kept. */
  public static String compact(CharSequence text) {
    return Texts.compact(text);
  }
}
