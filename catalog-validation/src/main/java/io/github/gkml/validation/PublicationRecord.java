package io.github.gkml.validation;

import io.github.gkml.model.Channel;
import io.github.gkml.model.ItemPath;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 公开记录 — what a business system did about one piece of information an item of the catalog covers:
 * when the information was formed or obtained, and when, where and until when it was published.
 *
 * @param id the business system's own reference for the record (a case number), for reports
 * @param item the catalog item the information belongs to
 * @param clause for an item with a conditional deadline, the part it falls under (the clause's
 *     condition, e.g. 处罚决定), or {@code null}
 * @param subject 公开主体 — the body responsible, or {@code null} for the item's first subject
 * @param formedOn the day the information was formed, changed or obtained (the deadline's trigger)
 * @param publishedOn the day it was published, or {@code null} if not yet
 * @param channels the channels it was published on
 * @param takenDownOn the first day it was no longer displayed, or {@code null} if it still is
 * @since 0.1
 */
public record PublicationRecord(
    String id,
    ItemPath item,
    @Nullable String clause,
    @Nullable String subject,
    LocalDate formedOn,
    @Nullable LocalDate publishedOn,
    Set<Channel> channels,
    @Nullable LocalDate takenDownOn) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if it was published before the information was formed or taken
   *     down before it was published
   */
  public PublicationRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(formedOn, "formedOn");
    channels = Collections.unmodifiableSet(new LinkedHashSet<>(channels));
    if (publishedOn != null && publishedOn.isBefore(formedOn)) {
      throw new IllegalArgumentException(
          id
              + ": published on "
              + publishedOn
              + ", before the information was formed on "
              + formedOn);
    }
    if (takenDownOn != null && (publishedOn == null || takenDownOn.isBefore(publishedOn))) {
      throw new IllegalArgumentException(
          id + ": taken down on " + takenDownOn + " but published on " + publishedOn);
    }
  }

  /** A record of information formed on {@code formedOn} and not yet published. */
  public static PublicationRecord formed(String id, ItemPath item, LocalDate formedOn) {
    return new PublicationRecord(id, item, null, null, formedOn, null, Set.of(), null);
  }

  /** A copy published on {@code day} through {@code where}. */
  public PublicationRecord publishedOn(LocalDate day, Set<Channel> where) {
    return new PublicationRecord(id, item, clause, subject, formedOn, day, where, takenDownOn);
  }

  /** A copy taken down on {@code day}. */
  public PublicationRecord takenDownOn(LocalDate day) {
    return new PublicationRecord(id, item, clause, subject, formedOn, publishedOn, channels, day);
  }

  /** A copy naming the clause of a conditional deadline it falls under. */
  public PublicationRecord withClause(@Nullable String part) {
    return new PublicationRecord(
        id, item, part, subject, formedOn, publishedOn, channels, takenDownOn);
  }

  /** A copy naming the responsible body. */
  public PublicationRecord withSubject(@Nullable String body) {
    return new PublicationRecord(
        id, item, clause, body, formedOn, publishedOn, channels, takenDownOn);
  }
}
