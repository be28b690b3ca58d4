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
 * @param maxNumberLength the most digits of one number (default 100; a catalog's numbers are years
 *     and codes)
 * @since 0.1
 */
public record ReadLimits(
    long maxFileBytes,
    int maxNestingDepth,
    int maxStringLength,
    int maxItems,
    int maxNumberLength) {

  private static final int DEFAULT_NUMBER_LENGTH = 100;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(512L << 20, 64, 1 << 20, 2_000_000, DEFAULT_NUMBER_LENGTH);

  /**
   * Validates the limits.
   *
   * @throws IllegalArgumentException if a limit is not positive
   */
  public ReadLimits {
    if (maxFileBytes <= 0
        || maxNestingDepth <= 0
        || maxStringLength <= 0
        || maxItems <= 0
        || maxNumberLength <= 0) {
      throw new IllegalArgumentException(
          "read limits must be positive: maxFileBytes, maxNestingDepth, maxStringLength, maxItems,"
              + " maxNumberLength");
    }
  }

  /**
   * Limits with the default number length (100 digits).
   *
   * @throws IllegalArgumentException if a limit is not positive
   */
  public ReadLimits(long maxFileBytes, int maxNestingDepth, int maxStringLength, int maxItems) {
    this(maxFileBytes, maxNestingDepth, maxStringLength, maxItems, DEFAULT_NUMBER_LENGTH);
  }

  /** The defaults: 512 MiB, depth 64, 1 Mi characters per value, 2,000,000 items, 100 digits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** A copy with another file-size limit. */
  public ReadLimits withMaxFileBytes(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxItems, maxNumberLength);
  }

  /** A copy with another nesting-depth limit. */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxFileBytes, depth, maxStringLength, maxItems, maxNumberLength);
  }

  /** A copy with another limit on the length of one text value. */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxFileBytes, maxNestingDepth, length, maxItems, maxNumberLength);
  }

  /** A copy with another limit on the digits of one number. */
  public ReadLimits withMaxNumberLength(int digits) {
    return new ReadLimits(maxFileBytes, maxNestingDepth, maxStringLength, maxItems, digits);
  }

  /** A copy with another item-count limit. */
  public ReadLimits withMaxItems(int items) {
    return new ReadLimits(maxFileBytes, maxNestingDepth, maxStringLength, items, maxNumberLength);
  }
}
