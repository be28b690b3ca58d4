package io.github.gkml.io.internal;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.CatalogReference;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.NotApplicable;
import io.github.gkml.model.Region;
import io.github.gkml.model.RetiredItem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the supplementary tables the exporters write after a catalog, so that nothing of the
 * catalog is lost in a table: 目录信息 (metadata, key and value), 未涉及事项说明 and 已退出事项.
 */
final class SupplementRows {

  private SupplementRows() {}

  /**
   * One supplementary table: its heading, header and rows.
   *
   * @param heading the table's title (目录信息, 未涉及事项说明, 已退出事项)
   * @param header the column names
   * @param rows the rows of text
   */
  record Section(String heading, List<String> header, List<List<String>> rows) {}

  /**
   * The supplementary tables every exporter writes after the catalog, in order: 目录信息 always,
   * 未涉及事项说明 and 已退出事项 when the catalog has any.
   */
  static List<Section> sections(Catalog catalog) {
    List<Section> sections = new ArrayList<>();
    sections.add(
        new Section(SupplementWords.METADATA, SupplementWords.METADATA_HEADER, metadata(catalog)));
    if (!catalog.notApplicable().isEmpty()) {
      sections.add(
          new Section(
              SupplementWords.NOT_APPLICABLE, SupplementWords.NA_HEADER, notApplicable(catalog)));
    }
    if (!catalog.retired().isEmpty()) {
      sections.add(
          new Section(SupplementWords.RETIRED, SupplementWords.RETIRED_HEADER, retired(catalog)));
    }
    return sections;
  }

  /** The metadata as key–value rows, after the header 项目 | 内容; absent values left out. */
  static List<List<String>> metadata(Catalog catalog) {
    CatalogMetadata meta = catalog.metadata();
    List<List<String>> rows = new ArrayList<>();
    add(rows, SupplementWords.DOMAIN, meta.domain().label());
    add(rows, SupplementWords.TITLE, meta.title());
    add(rows, SupplementWords.ISSUER, meta.issuer());
    Region region = meta.region();
    add(rows, SupplementWords.REGION, region == null ? null : region.name());
    add(rows, SupplementWords.REGION_CODE, region == null ? null : region.code());
    add(rows, SupplementWords.LEVEL, meta.level() == null ? null : meta.level().label());
    add(rows, SupplementWords.VERSION, meta.version());
    add(
        rows,
        SupplementWords.EFFECTIVE,
        meta.effectiveDate() == null ? null : meta.effectiveDate().toString());
    CatalogReference refines = meta.refines();
    if (refines != null) {
      add(rows, SupplementWords.REFINES, refines.title());
      add(rows, SupplementWords.REFINES_ISSUER, refines.issuer());
      add(rows, SupplementWords.REFINES_VERSION, refines.version());
      add(rows, SupplementWords.REFINES_LOCATION, refines.location());
    }
    return rows;
  }

  /** The not-applicable declarations, one row each under {@link SupplementWords#NA_HEADER}. */
  static List<List<String>> notApplicable(Catalog catalog) {
    List<List<String>> rows = new ArrayList<>();
    for (NotApplicable entry : catalog.notApplicable()) {
      List<String> row = new ArrayList<>(segments(entry.path()));
      row.add(entry.reason());
      row.add(orEmpty(entry.basis()));
      rows.add(row);
    }
    return rows;
  }

  /** The retired items, one row each under {@link SupplementWords#RETIRED_HEADER}. */
  static List<List<String>> retired(Catalog catalog) {
    List<List<String>> rows = new ArrayList<>();
    for (RetiredItem entry : catalog.retired()) {
      List<String> row = new ArrayList<>(segments(entry.path()));
      row.add(entry.since() == null ? "" : entry.since().toString());
      row.add(entry.reason());
      row.add(orEmpty(entry.approvedBy()));
      row.addAll(segments(entry.replacedBy()));
      rows.add(row);
    }
    return rows;
  }

  private static List<String> segments(@Nullable ItemPath path) {
    List<String> segments = new ArrayList<>(path == null ? List.of() : path.segments());
    while (segments.size() < 3) {
      segments.add("");
    }
    return segments;
  }

  private static void add(List<List<String>> rows, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      rows.add(List.of(key, value));
    }
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
