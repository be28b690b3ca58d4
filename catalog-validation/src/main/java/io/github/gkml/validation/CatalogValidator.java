package io.github.gkml.validation;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Item;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.internal.ChannelUnknownCheck;
import io.github.gkml.validation.internal.DeadlineUnparsedCheck;
import io.github.gkml.validation.internal.ElementMissingCheck;
import io.github.gkml.validation.internal.ItemCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * 目录检查 — checks one catalog on its own and returns what it finds, sorted by {@link Finding#ORDER}.
 *
 * <p>The checks: ELEMENT_MISSING (a required element is blank), DEADLINE_UNPARSED (a deadline that
 * could not be read) and CHANNEL_UNKNOWN (a channel name the vocabulary does not know).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CatalogValidator {

  private static final CatalogValidator DEFAULTS =
      new CatalogValidator(
          List.of(
              new ElementMissingCheck(), new DeadlineUnparsedCheck(), new ChannelUnknownCheck()));

  private final List<ItemCheck> checks;

  private CatalogValidator(List<ItemCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  /** The validator with every built-in check. */
  public static CatalogValidator defaults() {
    return DEFAULTS;
  }

  /** Checks a catalog; findings are located by each item's own {@link Item#source()}. */
  public List<Finding> validate(Catalog catalog) {
    return validate(catalog, i -> catalog.items().get(i).source());
  }

  /** Checks a catalog read from a file; findings name the line of each item. */
  public List<Finding> validate(LoadedCatalog loaded) {
    return validate(loaded.catalog(), i -> loaded.locationOf(i).orElse(null));
  }

  private List<Finding> validate(Catalog catalog, IntFunction<@Nullable SourceLocation> locations) {
    List<Finding> findings = new ArrayList<>();
    List<Item> items = catalog.items();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      SourceLocation location = locations.apply(i);
      for (ItemCheck check : checks) {
        check.check(item, f -> findings.add(f.item(item.path()).location(location).build()));
      }
    }
    findings.sort(Finding.ORDER);
    return List.copyOf(findings);
  }
}
