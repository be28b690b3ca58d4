package io.github.gkml.diff;

/**
 * 匹配方式 — how an item of the old catalog was matched with one of the new, in the order tried.
 *
 * @since 0.1
 */
public enum MatchKind {
  /** The same item code (事项编码) on both sides, where that does not steal a path match. */
  CODE,
  /** The same normalised path (spacing, width, brackets, traditional characters folded). */
  PATH,
  /** Rename detection: similar name, content elements and basis within a block of candidates. */
  RENAME
}
