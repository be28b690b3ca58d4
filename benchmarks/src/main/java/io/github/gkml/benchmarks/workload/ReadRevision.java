package io.github.gkml.benchmarks.workload;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogSyntax;

/**
 * A generated catalog and a revision of it, as the two JSON files a user would diff and as the
 * catalogs gkml reads from them. The catalogs are read back from the files, not taken from the
 * generator: a generated revision keeps its unchanged items as the very objects of the old version,
 * and comparing those is a pointer test that no two files read apart allow.
 *
 * @param oldJson the old version as {@code gkml-catalog/1} JSON
 * @param newJson the new version as JSON
 * @param older the old version read back from {@code oldJson}
 * @param newer the new version read back from {@code newJson}
 */
public record ReadRevision(byte[] oldJson, byte[] newJson, Catalog older, Catalog newer) {

  /** A catalog of {@code items} items (seed 42) and a revision of it with {@code mix} (seed 7). */
  public static ReadRevision of(int items, Mix mix) {
    CatalogWorkload workload = CatalogWorkload.seeded(42);
    Catalog generated = workload.catalog(items);
    Catalog revised = RevisionWorkload.of(workload, 7).revise(generated, mix).newer();
    byte[] oldJson = CatalogFiles.bytes(generated, CatalogSyntax.JSON);
    byte[] newJson = CatalogFiles.bytes(revised, CatalogSyntax.JSON);
    return new ReadRevision(
        oldJson, newJson, CatalogFiles.readBack(oldJson), CatalogFiles.readBack(newJson));
  }
}
