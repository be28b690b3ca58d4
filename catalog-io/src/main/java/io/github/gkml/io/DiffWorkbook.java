package io.github.gkml.io;

import io.github.gkml.diff.CatalogDiffer;
import io.github.gkml.io.internal.DiffWorkbookWriter;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.validation.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 差异报告工作簿 — a revision check as an {@code .xlsx} workbook that county IT can forward to colleagues:
 * the new catalog's sheet in the national template layout with added items green, the cells of
 * changed elements yellow (a comment says what they were; in √ columns only the ticks that
 * changed), removed items appended in grey and struck through; and a findings sheet (severity,
 * rule, item, element, old and new value, message, acceptance, versions, location). The changes are
 * {@link CatalogDiffer}'s; the findings are the check's, e.g. {@code RevisionCheck}'s.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DiffWorkbook {

  private static final DiffWorkbook DEFAULTS =
      new DiffWorkbook(CatalogDiffer.defaults(), ChannelVocabulary.standard());

  private final CatalogDiffer differ;
  private final ChannelVocabulary channels;

  private DiffWorkbook(CatalogDiffer differ, ChannelVocabulary channels) {
    this.differ = Objects.requireNonNull(differ, "differ");
    this.channels = Objects.requireNonNull(channels, "channels");
  }

  /** The workbook with the default differ and the standard channel vocabulary. */
  public static DiffWorkbook defaults() {
    return DEFAULTS;
  }

  /** A copy matching items with another differ (use the one the check used). */
  public DiffWorkbook withDiffer(CatalogDiffer newDiffer) {
    return new DiffWorkbook(newDiffer, channels);
  }

  /** A copy naming the template's channels as another vocabulary labels them. */
  public DiffWorkbook withChannels(ChannelVocabulary vocabulary) {
    return new DiffWorkbook(differ, vocabulary);
  }

  /**
   * Writes the workbook to a stream, which is not closed.
   *
   * @param older the earlier version, or {@code null} to show one catalog with its findings
   * @param newer the later version (or the one catalog)
   * @param findings the findings, in report order
   * @param locale the language of the findings sheet: Chinese unless the language is {@code en}
   */
  public void write(
      @Nullable Catalog older,
      Catalog newer,
      List<Finding> findings,
      Locale locale,
      OutputStream out)
      throws IOException {
    DiffWorkbookWriter.write(
        older == null ? null : differ.diff(older, newer), newer, findings, channels, locale, out);
  }
}
