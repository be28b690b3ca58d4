package io.github.gkml.rules.internal;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Item;

/** Which items a catalog of one administrative level is expected to hold. */
public final class Levels {

  private Levels() {}

  /**
   * Whether a catalog of {@code level} is expected to hold the item: the item has no readable 公开层级,
   * or is published at {@code level} or a level below it (AdminLevel runs from 省级 down to 村级).
   */
  public static boolean appliesAt(Item item, AdminLevel level) {
    if (item.levels().isEmpty()) {
      return true;
    }
    for (AdminLevel published : item.levels()) {
      if (published.compareTo(level) >= 0) {
        return true;
      }
    }
    return false;
  }
}
