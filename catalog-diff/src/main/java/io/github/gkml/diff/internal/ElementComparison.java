package io.github.gkml.diff.internal;

import io.github.gkml.diff.Change;
import io.github.gkml.diff.Delta;
import io.github.gkml.diff.ItemMatch;
import io.github.gkml.diff.ItemPair;
import io.github.gkml.diff.MatchKind;
import io.github.gkml.diff.RenameEvidence;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Item;
import io.github.gkml.model.TextFolding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Compares the elements of a matched pair of items and appends one change per element that differs,
 * in a fixed order. Text is compared folded ({@link TextFolding#key}), so a change of spacing,
 * width or brackets alone is no change.
 */
public final class ElementComparison {

  private static final Delta<?> NONE = new Delta<>(List.of(), List.of());

  private ElementComparison() {}

  /**
   * Appends the changes of a matched pair.
   *
   * @param renamed whether the pair's folded paths differ, as the matcher found
   */
  public static void compare(ItemMatch match, boolean renamed, List<Change> out) {
    Item a = match.oldItem();
    Item b = match.newItem();
    if (renamed) {
      out.add(new Change.ItemRenamed(a, b, match.oldIndex(), match.newIndex(), evidence(match)));
    }
    if (sameAsWritten(a, b)) {
      return; // the common case: nothing folded, nothing allocated
    }
    ItemPair pair = ItemPair.of(match);
    if (!Objects.equals(a.code(), b.code())
        && !Objects.equals(folded(a.code()), folded(b.code()))) {
      out.add(new Change.CodeChanged(pair, a.code(), b.code()));
    }
    add(
        out,
        listDelta(a.content(), b.content(), TextFolding::key),
        d -> new Change.ContentChanged(pair, d));
    add(
        out,
        listDelta(a.basis(), b.basis(), Similarity::documentKey),
        d -> new Change.BasisChanged(pair, d));
    Deadline oldDeadline = a.deadline();
    Deadline newDeadline = b.deadline();
    if (!sameText(oldDeadline, newDeadline)) {
      out.add(new Change.DeadlineChanged(pair, oldDeadline, newDeadline));
    }
    DisplayPeriod oldDisplay = a.effectiveDisplayPeriod();
    DisplayPeriod newDisplay = b.effectiveDisplayPeriod();
    if (!sameText(oldDisplay, newDisplay)) {
      out.add(new Change.DisplayPeriodChanged(pair, oldDisplay, newDisplay));
    }
    add(
        out,
        listDelta(a.subjects(), b.subjects(), TextFolding::key),
        d -> new Change.SubjectsChanged(pair, d));
    add(out, setDelta(a.channels(), b.channels()), d -> new Change.ChannelsChanged(pair, d));
    add(out, setDelta(a.audience(), b.audience()), d -> new Change.AudienceChanged(pair, d));
    add(out, setDelta(a.modes(), b.modes()), d -> new Change.ModesChanged(pair, d));
    add(out, setDelta(a.levels(), b.levels()), d -> new Change.LevelsChanged(pair, d));
  }

  /**
   * Whether every compared element of the two items is written the same — a test that implies no
   * change below, and costs one pass over elements that nearly always agree. Sets are first
   * compared in order (equal in order means equal), and only then as sets.
   */
  private static boolean sameAsWritten(Item a, Item b) {
    return Objects.equals(a.code(), b.code())
        && a.content().equals(b.content())
        && a.basis().equals(b.basis())
        && sameRaw(a.deadline(), b.deadline())
        && sameRaw(a.effectiveDisplayPeriod(), b.effectiveDisplayPeriod())
        && a.subjects().equals(b.subjects())
        && sameSet(a.channels(), b.channels())
        && sameSet(a.audience(), b.audience())
        && sameSet(a.modes(), b.modes())
        && sameSet(a.levels(), b.levels());
  }

  private static boolean sameRaw(@Nullable Deadline a, @Nullable Deadline b) {
    return a == b || (a != null && b != null && a.raw().equals(b.raw()));
  }

  private static boolean sameRaw(@Nullable DisplayPeriod a, @Nullable DisplayPeriod b) {
    return a == b || (a != null && b != null && a.raw().equals(b.raw()));
  }

  /**
   * Set equality, tried first in iteration order: an item's channels keep their order and its enum
   * sets iterate by ordinal, so equal sets nearly always agree element by element, and that pass
   * needs no hashing.
   */
  private static <T> boolean sameSet(Collection<T> a, Collection<T> b) {
    if (a.size() != b.size()) {
      return false;
    }
    Iterator<T> other = b.iterator();
    for (T value : a) {
      if (!value.equals(other.next())) {
        return a.equals(b);
      }
    }
    return true;
  }

  /** The evidence of a match across different paths. */
  static RenameEvidence evidence(ItemMatch match) {
    Item a = match.oldItem();
    Item b = match.newItem();
    double name = Similarity.name(a.path().key(), b.path().key());
    double content = Similarity.content(a, b);
    double basis = Similarity.basis(a, b);
    MatchKind kind = match.kind() == MatchKind.CODE ? MatchKind.CODE : MatchKind.RENAME;
    return new RenameEvidence(kind, Similarity.combine(name, content, basis), name, content, basis);
  }

  private static <T> void add(List<Change> out, Delta<T> delta, Function<Delta<T>, Change> change) {
    if (!delta.isEmpty()) {
      out.add(change.apply(delta));
    }
  }

  private static <T> Delta<T> listDelta(List<T> a, List<T> b, Function<T, String> key) {
    if (a.equals(b)) {
      return none(); // no folding needed
    }
    return new Delta<>(missing(a, keys(b, key), key), missing(b, keys(a, key), key));
  }

  private static <T> Delta<T> setDelta(Collection<T> a, Collection<T> b) {
    if (sameSet(a, b)) {
      return none();
    }
    List<T> removed = new ArrayList<>();
    List<T> added = new ArrayList<>();
    for (T value : a) {
      if (!b.contains(value)) {
        removed.add(value);
      }
    }
    for (T value : b) {
      if (!a.contains(value)) {
        added.add(value);
      }
    }
    return new Delta<>(removed, added);
  }

  @SuppressWarnings("unchecked")
  private static <T> Delta<T> none() {
    return (Delta<T>) NONE;
  }

  private static <T> Set<String> keys(List<T> values, Function<T, String> key) {
    Set<String> keys = new HashSet<>();
    for (T value : values) {
      keys.add(key.apply(value));
    }
    return keys;
  }

  private static <T> List<T> missing(List<T> values, Set<String> present, Function<T, String> key) {
    List<T> missing = new ArrayList<>();
    for (T value : values) {
      if (!present.contains(key.apply(value))) {
        missing.add(value);
      }
    }
    return missing;
  }

  private static boolean sameText(@Nullable Deadline a, @Nullable Deadline b) {
    if (sameRaw(a, b)) {
      return true;
    }
    return Objects.equals(raw(a), raw(b));
  }

  private static boolean sameText(@Nullable DisplayPeriod a, @Nullable DisplayPeriod b) {
    if (sameRaw(a, b)) {
      return true;
    }
    return Objects.equals(raw(a), raw(b));
  }

  private static @Nullable String raw(@Nullable Deadline deadline) {
    return deadline == null || deadline.raw().isBlank() ? null : TextFolding.key(deadline.raw());
  }

  private static @Nullable String raw(@Nullable DisplayPeriod period) {
    return period == null || period.raw().isBlank() ? null : TextFolding.key(period.raw());
  }

  private static @Nullable String folded(@Nullable String code) {
    return code == null ? null : TextFolding.key(code);
  }
}
