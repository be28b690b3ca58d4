package io.github.gkml.validation;

import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.internal.AcceptanceMatching;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 接受清单 — the acceptances of a baseline file, in file order, each with where it was read from, and
 * how they apply to the findings of a run.
 *
 * <p>{@link #applyTo(List, LocalDate)} marks every finding an acceptance covers as accepted (still
 * reported; an accepted finding never fails a check, see {@link Summary#fails}) and reports each
 * acceptance that is not in use as an {@link RuleId#ACCEPTANCE_STALE} warning: one that covered no
 * finding of the run, and one whose expiry date has passed (which then covers nothing).
 *
 * <p>Read them with {@link AcceptanceFile#read}. Immutable and thread-safe; the date is passed in,
 * never read from a clock, so results are reproducible.
 *
 * @since 0.1
 */
public final class Acceptances {

  private static final Acceptances EMPTY = new Acceptances(List.of(), List.of());

  private final List<Acceptance> entries;
  private final List<Optional<SourceLocation>> locations;

  private Acceptances(List<Acceptance> entries, List<Optional<SourceLocation>> locations) {
    this.entries = entries;
    this.locations = locations;
  }

  /** No acceptances: {@link #applyTo} returns the findings as they are, sorted. */
  public static Acceptances empty() {
    return EMPTY;
  }

  /** These acceptances, with no locations. */
  public static Acceptances of(List<Acceptance> entries) {
    List<Optional<SourceLocation>> none = Collections.nCopies(entries.size(), Optional.empty());
    return new Acceptances(List.copyOf(entries), List.copyOf(none));
  }

  /**
   * These acceptances, each read from the location at the same index (a {@code null} location is
   * unknown).
   *
   * @throws IllegalArgumentException if the lists differ in length
   */
  public static Acceptances of(
      List<Acceptance> entries, List<? extends @Nullable SourceLocation> locations) {
    if (entries.size() != locations.size()) {
      throw new IllegalArgumentException(
          "locations: expected one per acceptance ("
              + entries.size()
              + "), got "
              + locations.size());
    }
    List<Optional<SourceLocation>> located = new ArrayList<>(locations.size());
    for (SourceLocation location : locations) {
      located.add(Optional.ofNullable(location));
    }
    return new Acceptances(List.copyOf(entries), List.copyOf(located));
  }

  /** The acceptances, in file order. */
  public List<Acceptance> entries() {
    return entries;
  }

  /**
   * Where the acceptance at {@code index} was read from: file, line, column and JSON pointer.
   *
   * @throws IndexOutOfBoundsException if there is no such acceptance
   */
  public Optional<SourceLocation> locationOf(int index) {
    return locations.get(index);
  }

  /** The number of acceptances. */
  public int size() {
    return entries.size();
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Applies the acceptances to the findings of a run.
   *
   * @param findings the findings, in any order; ACCEPTANCE_STALE findings among them pass through
   *     unchanged, and findings already accepted keep their reason
   * @param today the day of the run, against which expiry dates are judged
   * @return the same findings, each one that an acceptance in force covers marked accepted with
   *     {@link Acceptance#reason()} (the first such acceptance in file order gives it), followed by
   *     one ACCEPTANCE_STALE warning for each acceptance that covered nothing or has expired — all
   *     sorted by {@link Finding#ORDER}; unmodifiable
   */
  public List<Finding> applyTo(List<Finding> findings, LocalDate today) {
    Objects.requireNonNull(today, "today");
    return AcceptanceMatching.apply(entries, locations, findings, today);
  }

  /** Equal when the acceptances and their locations are. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Acceptances that
        && entries.equals(that.entries)
        && locations.equals(that.locations);
  }

  @Override
  public int hashCode() {
    return 31 * entries.hashCode() + locations.hashCode();
  }

  /** The acceptances, for debugging. */
  @Override
  public String toString() {
    return "Acceptances" + entries;
  }
}
