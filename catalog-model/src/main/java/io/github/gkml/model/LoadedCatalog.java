package io.github.gkml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalog together with where it was read from: the file name and the location of each item in
 * the file, so that findings can point at the line a person must fix.
 *
 * @param catalog the catalog
 * @param source the file name as the user gave it
 * @param itemLocations the location of each item, in the order of {@code catalog.items()}
 * @since 0.1
 */
public record LoadedCatalog(Catalog catalog, String source, List<SourceLocation> itemLocations) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if there is not one location per item
   */
  public LoadedCatalog {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(source, "source");
    itemLocations = List.copyOf(itemLocations);
    if (itemLocations.size() != catalog.items().size()) {
      throw new IllegalArgumentException(
          "one location per item: " + itemLocations.size() + " for " + catalog.items().size());
    }
  }

  /**
   * A catalog held in memory, named {@code source} in findings: each item is located by its own
   * {@link Item#source()} if it has one, else by its JSON pointer, {@code source#/items/3}.
   */
  public static LoadedCatalog of(Catalog catalog, String source) {
    List<SourceLocation> locations = new ArrayList<>(catalog.items().size());
    for (int i = 0; i < catalog.items().size(); i++) {
      SourceLocation own = catalog.items().get(i).source();
      locations.add(own != null ? own : SourceLocation.ofPointer(source, "/items/" + i));
    }
    return new LoadedCatalog(catalog, source, locations);
  }

  /**
   * Where the item at this index came from: its own {@link Item#source()} if an importer set one,
   * else its place in the catalog file.
   */
  public Optional<SourceLocation> locationOf(int index) {
    Item item = catalog.items().get(index);
    return Optional.of(item.source() != null ? item.source() : itemLocations.get(index));
  }
}
