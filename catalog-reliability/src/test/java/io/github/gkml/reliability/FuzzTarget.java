package io.github.gkml.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.io.ImportedCatalog;
import io.github.gkml.io.TableImport;
import io.github.gkml.io.TableImportException;
import io.github.gkml.io.TableImporter;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.LegalBasis;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What each fuzz target checks, for one input. The phrase parsers never throw and keep their text;
 * the catalog reader fails only with {@link CatalogFormatException} and what it reads survives a
 * round trip; each table importer fails only with {@link TableImportException}. Any other exception
 * or error (an {@link OutOfMemoryError}, a {@link StackOverflowError}) is a finding.
 */
enum FuzzTarget {
  DEADLINE,
  LEGAL_BASIS,
  JSON,
  YAML,
  CSV,
  MARKDOWN,
  HTML,
  XLS,
  XLSX,
  DOCX;

  /** Runs the target on one input; throws on a finding. */
  void run(byte[] input) {
    switch (this) {
      case DEADLINE -> deadline(text(input));
      case LEGAL_BASIS -> legalBasis(text(input));
      case JSON -> catalog(input, CatalogSyntax.JSON);
      case YAML -> catalog(input, CatalogSyntax.YAML);
      case CSV -> table("fuzz.csv", input);
      case MARKDOWN -> table("fuzz.md", input);
      case HTML -> table("fuzz.html", input);
      case XLS -> table("fuzz.xls", input);
      case XLSX ->
          table("fuzz.xlsx", OfficePackages.isZip(input) ? input : OfficePackages.workbook(input));
      case DOCX ->
          table("fuzz.docx", OfficePackages.isZip(input) ? input : OfficePackages.document(input));
    }
  }

  /**
   * Runs the target its first byte selects on the rest: one fuzz test for every target, so that a
   * short run fuzzes them all in one JVM.
   */
  static void runSelected(byte[] input) {
    if (input.length == 0) {
      return;
    }
    FuzzTarget target = values()[(input[0] & 0xff) % values().length];
    target.run(java.util.Arrays.copyOfRange(input, 1, input.length));
  }

  /** The input of {@link #runSelected} that runs this target on {@code payload}. */
  byte[] selecting(byte[] payload) {
    byte[] input = new byte[payload.length + 1];
    input[0] = (byte) ordinal();
    System.arraycopy(payload, 0, input, 1, payload.length);
    return input;
  }

  private static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  private static void deadline(String text) {
    assertThat(Deadline.parse(text).raw()).isEqualTo(text);
    assertThat(DisplayPeriod.parse(text).raw()).isEqualTo(text);
  }

  private static void legalBasis(String text) {
    List<LegalBasis> all = LegalBasis.parseAll(text);
    for (LegalBasis basis : all) {
      assertThat(basis.raw()).isNotBlank();
      assertThat(text).contains(basis.raw());
    }
    if (!text.isBlank()) {
      // One citation keeps its text but for the white space around it.
      assertThat(LegalBasis.parse(text).raw()).isEqualTo(text.strip());
    }
  }

  private static void catalog(byte[] input, CatalogSyntax syntax) {
    String source = "fuzz." + syntax.name().toLowerCase(Locale.ROOT);
    CatalogFormat format = CatalogFormat.defaults();
    Catalog catalog;
    try {
      catalog = format.load(new ByteArrayInputStream(input), source, syntax).catalog();
    } catch (CatalogFormatException e) {
      assertThat(e.getMessage()).startsWith(source);
      return;
    }
    String written = format.toString(catalog, syntax);
    try {
      assertThat(format.parse(written, source, syntax)).isEqualTo(catalog);
    } catch (CatalogFormatException e) {
      throw new AssertionError("a catalog read cannot be read again once written: " + written, e);
    }
  }

  private static void table(String name, byte[] bytes) {
    Path file = FuzzFiles.directory().resolve(name);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TableImport read;
    try {
      read = TableImporter.defaults().read(file);
    } catch (TableImportException e) {
      assertThat(e.getMessage()).startsWith(file.toString());
      return;
    }
    assertThat(read.catalogs()).isNotEmpty();
    for (ImportedCatalog imported : read.catalogs()) {
      assertThat(imported.catalog().metadata().title()).isNotBlank();
      assertThat(imported.describe()).isNotBlank();
    }
  }
}
