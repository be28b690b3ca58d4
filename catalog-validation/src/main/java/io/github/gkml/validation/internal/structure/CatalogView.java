package io.github.gkml.validation.internal.structure;

import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import java.util.AbstractList;
import java.util.List;

/**
 * The item paths of a catalog as Bean Validation sees them: unique by {@link ItemPath#key()}
 * (DUPLICATE_ITEM).
 *
 * @param paths the items' paths, in order (a view over the items)
 */
record CatalogView(
    @UniqueItemPaths(payload = RulePayloads.DuplicateItem.class) List<ItemPath> paths) {

  static CatalogView of(List<Item> items) {
    return new CatalogView(
        new AbstractList<>() {
          @Override
          public ItemPath get(int index) {
            return items.get(index).path();
          }

          @Override
          public int size() {
            return items.size();
          }
        });
  }
}
