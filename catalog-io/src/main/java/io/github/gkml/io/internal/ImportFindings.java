package io.github.gkml.io.internal;

import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.MessageBundle;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Makes the ROW_UNREADABLE findings of an import, with the reason in Chinese and English. */
public final class ImportFindings {

  private static final MessageBundle BUNDLE =
      MessageBundle.load(ImportFindings.class::getResourceAsStream, "Import");

  private static final int MAX_TEXT = 200;

  private ImportFindings() {}

  /** The bundle, for tests that keep the languages in step. */
  public static MessageBundle bundle() {
    return BUNDLE;
  }

  /** The finding for a row that could not be read. */
  static Finding unreadable(String file, @Nullable String sheet, Section.Unreadable row) {
    String zh = reason(row.reason(), Locale.SIMPLIFIED_CHINESE);
    String en = reason(row.reason(), Locale.ENGLISH);
    String text =
        row.text().length() > MAX_TEXT ? row.text().substring(0, MAX_TEXT) + "…" : row.text();
    return Finding.builder(RuleId.ROW_UNREADABLE, Severity.ERROR)
        .newValue(text.isEmpty() ? null : text)
        .param("row", String.valueOf(row.row()))
        .param("reason", zh)
        .param("reason@zh", zh)
        .param("reason@en", en)
        .location(new SourceLocation(file, sheet, row.row(), row.column(), null))
        .build();
  }

  private static String reason(String key, Locale locale) {
    return BUNDLE.template("reason." + key, locale).orElse(key);
  }
}
