package io.github.gkml.model.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The segments of an item path: an immutable list (equal to, and hashing as, any list of the same
 * strings) that remembers its matching key once folded. Paths are matched on their keys again and
 * again — by the differ, the revision rules, conformance, publication checks — and folding is the
 * costly part; an item's path never changes, so its key is folded at most once.
 *
 * <p>Thread-safe: the key is computed from immutable state, and a race only computes it twice.
 */
public final class PathSegments extends AbstractList<String> implements RandomAccess {

  private final String[] segments;
  private @Nullable String key;

  private PathSegments(String[] segments) {
    this.segments = segments;
  }

  /** An immutable copy of the segments (which must not be null). */
  public static PathSegments copyOf(List<String> segments) {
    return new PathSegments(segments.toArray(new String[0]));
  }

  @Override
  public String get(int index) {
    return segments[index];
  }

  @Override
  public int size() {
    return segments.length;
  }

  /** The segments folded by {@link Texts#key} and joined with {@code /}; folded once. */
  public String key() {
    String folded = key;
    if (folded == null) {
      StringBuilder joined = new StringBuilder();
      for (String segment : segments) {
        if (joined.length() > 0) {
          joined.append('/');
        }
        joined.append(Texts.key(segment));
      }
      folded = joined.toString();
      key = folded;
    }
    return folded;
  }
}
