package io.github.gkml.diff;

import io.github.gkml.diff.internal.ElementComparison;
import io.github.gkml.diff.internal.ItemMatcher;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * 目录比对 — matches the items of two versions of a catalog and lists what changed (DESIGN §5).
 *
 * <p>Items are matched, in this order:
 *
 * <ol>
 *   <li>by item code (事项编码) where both sides have the same code and it is unique on each side —
 *       unless either item's path still names an item on the other side, so that renumbered codes
 *       (a row inserted at the top) never pair the wrong items;
 *   <li>by the normalised path ({@link io.github.gkml.model.ItemPath#key()}): spacing, full- and
 *       half-width punctuation, 《》“” variants and traditional characters folded;
 *   <li>by rename detection among what is left: pairs that share their 一级事项 or their own name are
 *       scored on name, content elements and basis, and the best pairs above {@link
 *       #renameThreshold()} are reported as renamed, with the evidence — never as a silent match.
 * </ol>
 *
 * <p>Matching is near-linear: hash joins for code and path, rename scoring only over the unmatched
 * items and only within blocks. {@code diff(a, a)} is empty; {@code diff(b, a)} is the {@link
 * Change#inverse() inverse} of {@code diff(a, b)}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CatalogDiffer {

  /** The default rename threshold: a combined similarity of at least 0.6. */
  public static final double DEFAULT_RENAME_THRESHOLD = 0.6;

  private static final CatalogDiffer DEFAULTS = new CatalogDiffer(DEFAULT_RENAME_THRESHOLD);

  private final double renameThreshold;

  private CatalogDiffer(double renameThreshold) {
    if (!(renameThreshold > 0 && renameThreshold <= 1)) {
      throw new IllegalArgumentException("the rename threshold lies in (0, 1]: " + renameThreshold);
    }
    this.renameThreshold = renameThreshold;
  }

  /** The differ with the default rename threshold. */
  public static CatalogDiffer defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another rename threshold: higher reports fewer renames (more removed + added).
   *
   * @throws IllegalArgumentException if it is not in (0, 1]
   */
  public CatalogDiffer withRenameThreshold(double threshold) {
    return new CatalogDiffer(threshold);
  }

  /** The least combined similarity at which two items are taken to be one renamed. */
  public double renameThreshold() {
    return renameThreshold;
  }

  /** What changed from {@code oldCatalog} to {@code newCatalog}. */
  public CatalogDiff diff(Catalog oldCatalog, Catalog newCatalog) {
    ItemMatcher.Result matched =
        ItemMatcher.match(oldCatalog.items(), newCatalog.items(), renameThreshold);
    // Matches in the order of the new catalog: placed by index, not sorted.
    ItemMatch[] byNewIndex = new ItemMatch[newCatalog.items().size()];
    for (ItemMatch match : matched.matches()) {
      byNewIndex[match.newIndex()] = match;
    }
    List<ItemMatch> matches = new ArrayList<>(matched.matches().size());
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < byNewIndex.length; i++) {
      ItemMatch match = byNewIndex[i];
      if (match == null) {
        changes.add(new Change.ItemAdded(newCatalog.items().get(i), i));
      } else {
        matches.add(match);
        ElementComparison.compare(match, matched.renamed().get(i), changes);
      }
    }
    for (int index : matched.unmatchedOld()) {
      Item item = oldCatalog.items().get(index);
      changes.add(new Change.ItemRemoved(item, index));
    }
    return new CatalogDiff(oldCatalog, newCatalog, matches, changes);
  }
}
