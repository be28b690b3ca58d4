package io.github.gkml.benchmarks.workload;

import io.github.gkml.io.TableExporter;
import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.Channel;
import io.github.gkml.model.Item;
import io.github.gkml.model.LegalBasis;
import io.github.gkml.model.Mode;
import io.github.gkml.model.ReadLimits;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A catalog as the files the benchmarks read: {@code gkml-catalog/1} JSON and YAML, the national
 * template as {@code .xlsx} (gkml's own export), and a flat CSV table (one row per item, lists
 * joined with 、, the template's columns) for table diff tools.
 */
public final class CatalogFiles {

  /** The CSV header: the template's columns, 三级事项 included. */
  public static final List<String> CSV_HEADER =
      List.of(
          "事项编码", "一级事项", "二级事项", "三级事项", "公开内容", "公开依据", "公开时限", "公示期", "公开主体", "公开渠道和载体", "公开对象",
          "公开方式", "公开层级");

  private CatalogFiles() {}

  /** A format whose limits let the largest generated catalogs through (2 GiB, 2,000,000 items). */
  public static CatalogFormat format() {
    return CatalogFormat.defaults()
        .withLimits(ReadLimits.defaults().withMaxFileBytes(Integer.MAX_VALUE - 8L));
  }

  /** The catalog as JSON or YAML bytes. */
  public static byte[] bytes(Catalog catalog, CatalogSyntax syntax) {
    return format().toString(catalog, syntax).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The catalog read back from its JSON file, as a user's catalogs are: every item a fresh object
   * laid out in file order, sharing nothing with another version (see {@link ReadRevision}).
   */
  public static Catalog readBack(byte[] json) {
    try {
      return format()
          .parse(new String(json, StandardCharsets.UTF_8), "catalog.json", CatalogSyntax.JSON);
    } catch (CatalogFormatException e) {
      throw new IllegalStateException(
          "a generated catalog does not read back: " + e.getMessage(), e);
    }
  }

  /** Writes the catalog as JSON or YAML. */
  public static Path write(Catalog catalog, CatalogSyntax syntax, Path file) throws IOException {
    Files.write(file, bytes(catalog, syntax));
    return file;
  }

  /** Writes the catalog as a workbook in the national template layout. */
  public static Path writeXlsx(Catalog catalog, Path file) throws IOException {
    TableExporter.defaults().write(catalog, file);
    return file;
  }

  /** Writes the catalog as one CSV table, UTF-8 with a header row. */
  public static Path writeCsv(Catalog catalog, Path file) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      row(out, CSV_HEADER);
      for (Item item : catalog.items()) {
        row(out, csvRow(item));
      }
    }
    return file;
  }

  /** One item as the cells of a CSV row, in the order of {@link #CSV_HEADER}. */
  public static List<String> csvRow(Item item) {
    List<String> path = item.path().segments();
    return List.of(
        item.code() == null ? "" : item.code(),
        path.get(0),
        path.size() > 1 ? path.get(1) : "",
        path.size() > 2 ? path.get(2) : "",
        String.join("、", item.content()),
        join(item.basis(), LegalBasis::raw),
        item.deadline() == null ? "" : item.deadline().raw(),
        item.displayPeriod() == null ? "" : item.displayPeriod().raw(),
        String.join("、", item.subjects()),
        join(item.channels(), Channel::label),
        join(item.audience(), Audience::label),
        join(item.modes(), Mode::label),
        join(item.levels(), AdminLevel::label));
  }

  private static <T> String join(Collection<T> values, Function<T, String> label) {
    return values.stream().map(label).collect(Collectors.joining("、"));
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String cell = cells.get(i);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
        out.write('"');
        out.write(cell.replace("\"", "\"\""));
        out.write('"');
      } else {
        out.write(cell);
      }
    }
    out.write("\r\n");
  }
}
