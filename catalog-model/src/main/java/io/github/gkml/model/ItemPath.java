package io.github.gkml.model;

import io.github.gkml.model.internal.PathSegments;
import io.github.gkml.model.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 公开事项名称 — an item's name as a path of 1–3 segments: 一级事项, 二级事项 and optionally 三级事项.
 *
 * <p>Segments are kept as written (trimmed). {@link #key()} folds the spellings that differ between
 * versions of the same catalog — whitespace, full- and half-width punctuation, 《》“” variants,
 * traditional characters — and is what catalogs are matched on.
 *
 * @param segments 1–3 non-blank names, from the most general
 * @since 0.1
 */
public record ItemPath(List<String> segments) implements Comparable<ItemPath> {

  /** The most segments a path may have (一级, 二级, 三级事项). */
  public static final int MAX_DEPTH = 3;

  /**
   * Validates and copies the segments.
   *
   * @throws IllegalArgumentException if there are no segments, more than three, or a blank one
   */
  public ItemPath {
    Objects.requireNonNull(segments, "segments");
    if (segments.isEmpty() || segments.size() > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "an item path has 1 to 3 segments (一级/二级/三级事项), got " + segments.size());
    }
    List<String> trimmed = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      String segment = Objects.requireNonNull(segments.get(i), "segment " + (i + 1)).strip();
      if (segment.isEmpty()) {
        throw new IllegalArgumentException("segment " + (i + 1) + " of an item path is blank");
      }
      trimmed.add(segment);
    }
    segments = PathSegments.copyOf(trimmed);
  }

  /** A path from its segments, most general first: {@code ItemPath.of("最低生活保障", "办事指南")}. */
  public static ItemPath of(String... segments) {
    return new ItemPath(List.of(segments));
  }

  /** 一级事项 — the first segment. */
  public String level1() {
    return segments.get(0);
  }

  /** The number of segments, 1 to 3. */
  public int depth() {
    return segments.size();
  }

  /** The last segment: the item's own name. */
  public String name() {
    return segments.get(segments.size() - 1);
  }

  /**
   * The matching key: segments folded by {@link Texts#key} and joined with {@code /}. Two paths
   * with the same key name the same item. Folded on first use and remembered.
   */
  public String key() {
    // The compact constructor always makes PathSegments, which folds the key once per path.
    return ((PathSegments) segments).key();
  }

  /** Whether both paths have the same {@link #key()}. */
  public boolean matches(ItemPath other) {
    return key().equals(other.key());
  }

  /** Orders by segments as written, shorter paths first on a tie; stable for reports. */
  @Override
  public int compareTo(ItemPath other) {
    int common = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < common; i++) {
      int c = segments.get(i).compareTo(other.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  /** The segments joined with {@code " / "}, e.g. {@code 最低生活保障 / 办事指南}. */
  @Override
  public String toString() {
    return String.join(" / ", segments);
  }
}
