package io.github.gkml.model;

/**
 * Limits that keep reading a catalog file safe from hostile or broken input: no read may exhaust
 * memory or recurse without bound. (YAML aliases are refused outright, so an alias bomb cannot
 * expand.)
 *
 * @param maxFileBytes the largest file read, in bytes (default 512 MiB)
 * @param maxNestingDepth the deepest nesting of objects and lists (default 64; a catalog needs 5)
 * @param maxStringLength the longest single text value, in characters (default 1 Mi)
 * @param maxItems the most items in one catalog (default 2,000,000)
 * @since 0.1
 */
public record ReadLimits(
    long maxFileBytes, int maxNestingDepth, int maxStringLength, int maxItems) {

  private static final ReadLimits DEFAULTS = new ReadLimits(512L << 20, 64, 1 << 20, 2_000_000);

  /**
   * Validates the limits.
   *
   * @throws IllegalArgumentException if a limit is not positive
   */
  public ReadLimits {
    if (maxFileBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxItems <= 0) {
      throw new IllegalArgumentException("read limits must be positive");
    }
  }

  /** The defaults: 512 MiB, depth 64, 1 Mi characters per value, 2,000,000 items. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** A copy with another file-size limit. */
  public ReadLimits withMaxFileBytes(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxItems);
  }

  /** A copy with another nesting-depth limit. */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxFileBytes, depth, maxStringLength, maxItems);
  }

  /** A copy with another item-count limit. */
  public ReadLimits withMaxItems(int items) {
    return new ReadLimits(maxFileBytes, maxNestingDepth, maxStringLength, items);
  }
}
