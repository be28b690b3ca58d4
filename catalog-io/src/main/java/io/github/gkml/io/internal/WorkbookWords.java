package io.github.gkml.io.internal;

import io.github.gkml.validation.MessageBundle;
import java.util.Locale;
import java.util.Map;

/** The words of the diff report workbook, from the {@code Workbook} bundles (Chinese, English). */
public final class WorkbookWords {

  private static final MessageBundle BUNDLE =
      MessageBundle.load(WorkbookWords.class::getResourceAsStream, "Workbook");

  private WorkbookWords() {}

  /** The bundle, for tests that keep the languages in step. */
  public static MessageBundle bundle() {
    return BUNDLE;
  }

  /** The word under {@code key}; the key itself if the bundle lacks it. */
  static String word(String key, Locale locale) {
    return BUNDLE.template(key, locale).orElse(key);
  }

  /** The template under {@code key} with {@code {value}} filled. */
  static String was(String value, Locale locale) {
    String shown = value.isEmpty() ? word("empty", locale) : value;
    return MessageBundle.fill(word("was", locale), Map.of("value", shown)::get);
  }
}
