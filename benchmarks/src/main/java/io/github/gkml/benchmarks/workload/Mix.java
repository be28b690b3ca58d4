package io.github.gkml.benchmarks.workload;

/**
 * How much of each kind of change a generated revision makes, as fractions of the old catalog's
 * items.
 *
 * @param edits items with one element edited (content, deadline, channels, subjects, ways)
 * @param removals items removed
 * @param renames items renamed, their elements kept
 * @param insertions new items, inserted at the front
 * @param moves items moved to another place
 * @param shuffle whether the whole new catalog is put in another order
 */
public record Mix(
    double edits,
    double removals,
    double renames,
    double insertions,
    double moves,
    boolean shuffle) {

  /** About 5% of items changed, in every kind, the order kept: a year's revision. */
  public static Mix typical() {
    return new Mix(0.03, 0.005, 0.005, 0.01, 0, false);
  }

  /** Nothing changed but the order of the items (a catalog sorted another way). */
  public static Mix reorderOnly() {
    return new Mix(0, 0, 0, 0, 0, true);
  }

  /** A typical revision, then sorted another way. */
  public static Mix typicalResorted() {
    return new Mix(0.03, 0.005, 0.005, 0.01, 0, true);
  }

  /** The mix by name: {@code typical}, {@code reorder} or {@code resorted}. */
  public static Mix named(String name) {
    return switch (name) {
      case "typical" -> typical();
      case "reorder" -> reorderOnly();
      case "resorted" -> typicalResorted();
      default -> throw new IllegalArgumentException("no mix named " + name);
    };
  }
}
