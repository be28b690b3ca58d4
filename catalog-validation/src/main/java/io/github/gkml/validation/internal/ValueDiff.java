package io.github.gkml.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 变化标记 — marks what changed between an old and a new value, for showing them side by side.
 *
 * <p>Lists written with the enumeration comma 、 (channels, content elements …) are compared element
 * by element, as sets; other values character by character, keeping numbers whole ({@code 20个工作日} →
 * {@code 10个工作日} marks 20 and 10, not 2 and 1). When little is left in common, the whole value is
 * marked, which reads better than scattered characters.
 *
 * @param oldParts the old value, split into unchanged and removed parts
 * @param newParts the new value, split into unchanged and added parts
 */
public record ValueDiff(List<Part> oldParts, List<Part> newParts) {

  /** The separator of list values. */
  public static final String SEPARATOR = "、";

  /** Copies. */
  public ValueDiff {
    oldParts = List.copyOf(oldParts);
    newParts = List.copyOf(newParts);
  }

  /** What happened to a part. */
  public enum Kind {
    /** In both values. */
    SAME,
    /** Only in the old value. */
    REMOVED,
    /** Only in the new value. */
    ADDED
  }

  /**
   * A run of text.
   *
   * @param text the text
   * @param kind what happened to it
   */
  public record Part(String text, Kind kind) {}

  /** Compares two values; an absent one has no parts. */
  public static ValueDiff of(@Nullable String oldValue, @Nullable String newValue) {
    if (oldValue == null || newValue == null || oldValue.equals(newValue)) {
      Kind oldKind = newValue == null ? Kind.REMOVED : Kind.SAME;
      Kind newKind = oldValue == null ? Kind.ADDED : Kind.SAME;
      return new ValueDiff(whole(oldValue, oldKind), whole(newValue, newKind));
    }
    if (oldValue.contains(SEPARATOR) || newValue.contains(SEPARATOR)) {
      return new ValueDiff(
          elements(oldValue, newValue, Kind.REMOVED), elements(newValue, oldValue, Kind.ADDED));
    }
    return TextDiff.of(oldValue, newValue);
  }

  private static List<Part> whole(@Nullable String value, Kind kind) {
    return value == null || value.isEmpty() ? List.of() : List.of(new Part(value, kind));
  }

  private static List<Part> elements(String value, String other, Kind changed) {
    Set<String> others = new HashSet<>(split(other));
    List<Part> parts = new ArrayList<>();
    List<String> mine = split(value);
    for (int i = 0; i < mine.size(); i++) {
      if (i > 0) {
        parts.add(new Part(SEPARATOR, Kind.SAME));
      }
      String element = mine.get(i);
      parts.add(new Part(element, others.contains(element) ? Kind.SAME : changed));
    }
    return merge(parts);
  }

  private static List<String> split(String value) {
    return Arrays.stream(value.split(SEPARATOR, -1)).map(String::strip).toList();
  }

  /** Joins neighbouring parts of the same kind. */
  static List<Part> merge(List<Part> parts) {
    List<Part> merged = new ArrayList<>();
    for (Part part : parts) {
      if (part.text().isEmpty()) {
        continue;
      }
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).kind() == part.kind()) {
        merged.set(last, new Part(merged.get(last).text() + part.text(), part.kind()));
      } else {
        merged.add(part);
      }
    }
    return merged;
  }
}
