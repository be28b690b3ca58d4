package io.github.gkml.model.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set that keeps its elements in the order first given, held in one array — the
 * channels of an item (公开渠道和载体). It replaces {@code unmodifiableSet(new LinkedHashSet<>(…))}, which
 * costs a hash table and a linked node per element for sets of two or three channels: a million
 * items read from a file carry a million such sets, and the differ compares every matched pair of
 * them. Two ordered sets with the same elements in the same order are found equal in one pass over
 * their arrays; in another order, by the {@link Set#equals} contract.
 *
 * <p>Lookups scan the array up to {@value #SCAN_LIMIT} elements and use a hash index above. Null
 * elements are refused. Thread-safe.
 */
public final class OrderedSet<T> extends AbstractSet<T> {

  /** The size up to which {@link #contains} scans instead of hashing. */
  static final int SCAN_LIMIT = 8;

  private static final OrderedSet<?> EMPTY = new OrderedSet<>(new Object[0]);

  private final Object[] elements;
  private final @Nullable Set<Object> index;

  private OrderedSet(Object[] elements) {
    this.elements = elements;
    this.index = elements.length > SCAN_LIMIT ? new HashSet<>(Arrays.asList(elements)) : null;
  }

  /**
   * The distinct values in the order first given; the same instance if {@code values} is already
   * one.
   *
   * @throws NullPointerException if a value is null
   */
  @SuppressWarnings("unchecked")
  public static <T> Set<T> copyOf(Collection<? extends T> values) {
    if (values instanceof OrderedSet) {
      return (OrderedSet<T>) values;
    }
    if (values.isEmpty()) {
      return (OrderedSet<T>) EMPTY;
    }
    Object[] distinct = new Object[values.size()];
    int size = 0;
    Set<Object> seen = values.size() > SCAN_LIMIT ? new HashSet<>() : null;
    for (T value : values) {
      Objects.requireNonNull(value, "null element");
      boolean fresh = seen != null ? seen.add(value) : indexOf(distinct, size, value) < 0;
      if (fresh) {
        distinct[size++] = value;
      }
    }
    return new OrderedSet<>(size == distinct.length ? distinct : Arrays.copyOf(distinct, size));
  }

  private static int indexOf(Object[] elements, int size, Object value) {
    for (int i = 0; i < size; i++) {
      if (elements[i].equals(value)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public boolean contains(@Nullable Object value) {
    if (value == null) {
      return false;
    }
    return index != null ? index.contains(value) : indexOf(elements, elements.length, value) >= 0;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < elements.length;
      }

      @Override
      @SuppressWarnings("unchecked")
      public T next() {
        if (next >= elements.length) {
          throw new NoSuchElementException();
        }
        return (T) elements[next++];
      }
    };
  }

  @Override
  public Object[] toArray() {
    return elements.clone();
  }

  /** Equal to any set of the same elements; in one pass when {@code other} is ordered alike. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (other == this) {
      return true;
    }
    if (other instanceof OrderedSet<?> ordered && Arrays.equals(elements, ordered.elements)) {
      return true;
    }
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }

  @Override
  public boolean add(T value) {
    throw immutable();
  }

  @Override
  public boolean remove(@Nullable Object value) {
    throw immutable();
  }

  @Override
  public boolean addAll(Collection<? extends T> values) {
    throw immutable();
  }

  @Override
  public boolean removeAll(Collection<?> values) {
    throw immutable();
  }

  @Override
  public boolean retainAll(Collection<?> values) {
    throw immutable();
  }

  @Override
  public boolean removeIf(Predicate<? super T> filter) {
    throw immutable();
  }

  @Override
  public void clear() {
    throw immutable();
  }

  private static UnsupportedOperationException immutable() {
    return new UnsupportedOperationException("an item's channels are immutable");
  }
}
