package io.github.gkml.benchmarks.workload;

/**
 * The changes a generated revision made, item by item — what a right diff reports. Arrays are
 * indexed by position in the new version ({@link #oldIndex}, {@link #kind}) or in the old one
 * ({@link #isRemoved}).
 */
public final class Oracle {

  /** What happened to an item of the new version. */
  public enum Kind {
    /** The same item, perhaps at another place. */
    UNCHANGED,
    /** One element edited. */
    EDITED,
    /** Renamed, its elements kept. */
    RENAMED,
    /** New. */
    INSERTED
  }

  private final int[] oldIndex;
  private final Kind[] kinds;
  private final boolean[] removed;

  Oracle(int[] oldIndex, Kind[] kinds, boolean[] removed) {
    this.oldIndex = oldIndex;
    this.kinds = kinds;
    this.removed = removed;
  }

  /** The items of the new version. */
  public int newSize() {
    return oldIndex.length;
  }

  /** The items of the old version. */
  public int oldSize() {
    return removed.length;
  }

  /** The position in the old version of new item {@code n}, or -1 if it is new. */
  public int oldIndex(int n) {
    return oldIndex[n];
  }

  /** What happened to new item {@code n}. */
  public Kind kind(int n) {
    return kinds[n];
  }

  /** Whether old item {@code o} was removed. */
  public boolean isRemoved(int o) {
    return removed[o];
  }

  /** How many new items are of this kind. */
  public int count(Kind kind) {
    int count = 0;
    for (Kind k : kinds) {
      if (k == kind) {
        count++;
      }
    }
    return count;
  }

  /** How many old items were removed. */
  public int removals() {
    int count = 0;
    for (boolean r : removed) {
      if (r) {
        count++;
      }
    }
    return count;
  }
}
