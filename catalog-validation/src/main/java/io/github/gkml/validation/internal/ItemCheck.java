package io.github.gkml.validation.internal;

import io.github.gkml.model.Item;
import io.github.gkml.validation.Finding;
import java.util.function.Consumer;

/** A check of one item on its own. Implementations are stateless and thread-safe. */
public interface ItemCheck {

  /** Reports what is wrong with {@code item}; the caller sets the item path and location. */
  void check(Item item, Consumer<Finding.Builder> report);
}
