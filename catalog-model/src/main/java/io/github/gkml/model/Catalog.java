package io.github.gkml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 政务公开事项标准目录 — a disclosure standard catalog: its metadata (with the notes the table carried around
 * its rows), its items in the order written, the upper-level items it declares not applicable, and
 * the items it has retired.
 *
 * <p>Immutable and thread-safe. Item paths need not be unique here — a catalog as published may
 * repeat one, and validation reports it (DUPLICATE_ITEM) rather than the model refusing to hold it.
 *
 * @param metadata 目录信息
 * @param items 公开事项, in order
 * @param notApplicable 未涉及事项说明
 * @param retired 已退出事项
 * @since 0.1
 */
public record Catalog(
    CatalogMetadata metadata,
    List<Item> items,
    List<NotApplicable> notApplicable,
    List<RetiredItem> retired) {

  /** Validates and copies. */
  public Catalog {
    Objects.requireNonNull(metadata, "metadata");
    items = List.copyOf(items);
    notApplicable = List.copyOf(notApplicable);
    retired = List.copyOf(retired);
  }

  /** A catalog with items only. */
  public static Catalog of(CatalogMetadata metadata, List<Item> items) {
    return new Catalog(metadata, items, List.of(), List.of());
  }

  /** 试点领域 — shorthand for {@code metadata().domain()}. */
  public PilotDomain domain() {
    return metadata.domain();
  }

  /** The first item whose path {@link ItemPath#matches matches} the given path. */
  public Optional<Item> item(ItemPath path) {
    String key = path.key();
    return items.stream().filter(i -> i.path().key().equals(key)).findFirst();
  }

  /** A copy with other items. */
  public Catalog withItems(List<Item> newItems) {
    return new Catalog(metadata, newItems, notApplicable, retired);
  }

  /** A copy with one more item at the end. */
  public Catalog withItem(Item item) {
    List<Item> all = new ArrayList<>(items);
    all.add(item);
    return withItems(all);
  }

  /** A copy with other metadata. */
  public Catalog withMetadata(CatalogMetadata newMetadata) {
    return new Catalog(newMetadata, items, notApplicable, retired);
  }

  /** A copy with other not-applicable declarations. */
  public Catalog withNotApplicable(List<NotApplicable> declarations) {
    return new Catalog(metadata, items, declarations, retired);
  }

  /** A copy with other retired items. */
  public Catalog withRetired(List<RetiredItem> retiredItems) {
    return new Catalog(metadata, items, notApplicable, retiredItems);
  }

  /**
   * 说明 — shorthand for {@code metadata().notes()}: text a published table carries above or below
   * its rows (填表说明, 注, signatures), kept so that importing a table drops nothing.
   */
  public List<String> notes() {
    return metadata.notes();
  }

  /** A copy with other notes (in its metadata). */
  public Catalog withNotes(List<String> newNotes) {
    return withMetadata(metadata.withNotes(newNotes));
  }
}
