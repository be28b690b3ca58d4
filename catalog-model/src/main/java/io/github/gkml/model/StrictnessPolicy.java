package io.github.gkml.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 比较口径 — the choices a {@link DeadlineOrder} makes where the law does not decide, as immutable
 * data. {@link #defaults()} answers INDETERMINATE in all those cases.
 *
 * @param sameTriggers groups of triggers to treat as the same event (e.g. {@link Trigger#OBTAINED}
 *     and {@link Trigger#FORMED_OR_CHANGED}); disjoint, each of two or more
 * @param promptWithin how 及时 (a {@link Deadline.Prompt}) is read against a number: as within this
 *     span of its trigger, or {@code null} to leave it INDETERMINATE
 * @param compareUnmatchedClauses whether conditional deadlines whose clauses do not line up (or a
 *     conditional against a plain deadline) are compared every clause against every clause — a
 *     definite answer only when all pairs agree — instead of INDETERMINATE
 * @since 0.1
 */
public record StrictnessPolicy(
    Set<Set<Trigger>> sameTriggers,
    @Nullable TimeSpan promptWithin,
    boolean compareUnmatchedClauses) {

  private static final StrictnessPolicy DEFAULTS = new StrictnessPolicy(Set.of(), null, false);

  /**
   * Validates and copies the groups.
   *
   * @throws IllegalArgumentException if a group has fewer than two triggers, or groups overlap
   */
  public StrictnessPolicy {
    Set<Trigger> seen = EnumSet.noneOf(Trigger.class);
    List<Set<Trigger>> groups = new ArrayList<>();
    for (Set<Trigger> group : Objects.requireNonNull(sameTriggers, "sameTriggers")) {
      if (group.size() < 2) {
        throw new IllegalArgumentException("sameTriggers: a group needs two triggers: " + group);
      }
      for (Trigger t : group) {
        if (!seen.add(t)) {
          throw new IllegalArgumentException("sameTriggers: " + t + " is in two groups");
        }
      }
      groups.add(Set.copyOf(group));
    }
    sameTriggers = Set.copyOf(groups);
  }

  /**
   * Every undecided case INDETERMINATE: different triggers, 及时 against a number, unmatched clauses.
   */
  public static StrictnessPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * This policy with the triggers treated as one event (merged with any group they are in already),
   * e.g. {@code withSameTriggers(Trigger.OBTAINED, Trigger.FORMED_OR_CHANGED)}.
   */
  public StrictnessPolicy withSameTriggers(Trigger first, Trigger... more) {
    Set<Trigger> merged = EnumSet.of(first, more);
    List<Set<Trigger>> groups = new ArrayList<>();
    for (Set<Trigger> group : sameTriggers) {
      if (group.stream().anyMatch(merged::contains)) {
        merged.addAll(group);
      } else {
        groups.add(group);
      }
    }
    if (merged.size() >= 2) {
      groups.add(merged);
    }
    return new StrictnessPolicy(Set.copyOf(groups), promptWithin, compareUnmatchedClauses);
  }

  /**
   * This policy with 及时 read as within {@code span} of its trigger: 及时 is then as strict as that
   * span, tighter than a longer one, and looser than a shorter one.
   */
  public StrictnessPolicy withPromptWithin(TimeSpan span) {
    return new StrictnessPolicy(
        sameTriggers, Objects.requireNonNull(span, "span"), compareUnmatchedClauses);
  }

  /** This policy with unmatched clauses compared every clause against every clause, or not. */
  public StrictnessPolicy withUnmatchedClausesCompared(boolean compare) {
    return new StrictnessPolicy(sameTriggers, promptWithin, compare);
  }

  /**
   * The trigger that stands for its group: the first in declaration order, or the trigger itself
   * when it is in no group. Two triggers are the same event when their representatives are equal.
   */
  public Trigger representative(Trigger trigger) {
    for (Set<Trigger> group : sameTriggers) {
      if (group.contains(trigger)) {
        return EnumSet.copyOf(group).iterator().next();
      }
    }
    return trigger;
  }
}
