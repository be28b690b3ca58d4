package io.github.gkml.validation;

import io.github.gkml.model.CalendarCoverageException;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DueDate;
import io.github.gkml.model.DueDates;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.TextFolding;
import io.github.gkml.model.WorkingCalendar;
import io.github.gkml.validation.internal.PublicationRules;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * 公开核查 — checks what a business system published against what the catalog requires: the due date on
 * the working-day calendar (on time, late, or overdue as of a given day), the channels (every
 * channel the item names must be covered, judged through the channel taxonomy), and the display
 * period (not taken down before its last day).
 *
 * <p>{@link #checkAll} streams over any number of records with memory bounded by the catalog (a
 * tally per item and per responsible body), handing each result to a consumer rather than keeping
 * it. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PublicationCheck {

  private final Catalog catalog;
  private final DueDates dueDates;
  private final ChannelVocabulary channels;
  private final Map<String, Item> items;

  private PublicationCheck(Catalog catalog, WorkingCalendar calendar, ChannelVocabulary channels) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.dueDates = DueDates.of(calendar);
    this.channels = Objects.requireNonNull(channels, "channels");
    Map<String, Item> index = new HashMap<>();
    for (Item item : catalog.items()) {
      index.putIfAbsent(item.path().key(), item);
    }
    this.items = Map.copyOf(index);
  }

  /** Checks against {@code catalog} on the national working-day calendar. */
  public static PublicationCheck of(Catalog catalog) {
    return new PublicationCheck(catalog, WorkingCalendar.china(), ChannelVocabulary.standard());
  }

  /** A copy counting on another calendar (a region's, or one allowing weekends-only years). */
  public PublicationCheck withCalendar(WorkingCalendar calendar) {
    return new PublicationCheck(catalog, calendar, channels);
  }

  /** A copy judging channels in another vocabulary. */
  public PublicationCheck withChannels(ChannelVocabulary vocabulary) {
    return new PublicationCheck(catalog, dueDates.calendar(), vocabulary);
  }

  /** Checks one record as of {@code asOf} (the day "overdue" is judged on). */
  public PublicationResult check(PublicationRecord record, LocalDate asOf) {
    Item item = items.get(record.item().key());
    if (item == null) {
      return PublicationRules.unknownItem(record);
    }
    DueDate due;
    try {
      due = dueDate(item, record);
    } catch (CalendarCoverageException e) {
      return PublicationRules.outsideCalendar(record, item, e);
    }
    return PublicationRules.judge(record, item, due, asOf, dueDates, channels);
  }

  /**
   * Checks records one by one, handing each result to {@code each}, and returns the tallies. Only
   * the tallies are kept, so memory does not grow with the number of records.
   */
  public ComplianceSummary checkAll(
      Iterator<PublicationRecord> records, LocalDate asOf, Consumer<PublicationResult> each) {
    Map<ItemPath, ComplianceTally> perItem = new LinkedHashMap<>();
    for (Item item : catalog.items()) {
      perItem.putIfAbsent(item.path(), ComplianceTally.empty());
    }
    Map<String, ComplianceTally> perSubject = new HashMap<>();
    ComplianceTally total = ComplianceTally.empty();
    while (records.hasNext()) {
      PublicationResult result = check(records.next(), asOf);
      Item item = items.get(result.record().item().key());
      ItemPath key = item == null ? result.record().item() : item.path();
      ComplianceTally one = ComplianceTally.of(result);
      perItem.merge(key, one, ComplianceTally::plus);
      perSubject.merge(result.subject(), one, ComplianceTally::plus);
      total = total.plus(one);
      each.accept(result);
    }
    return new ComplianceSummary(asOf, total, perItem, perSubject);
  }

  /**
   * 公开时限 — when the information of {@code record} is due, counted from its day of formation on this
   * check's calendar; a conditional deadline counts the clause the record names. Empty if the
   * catalog has no item at the record's path.
   *
   * @throws CalendarCoverageException if the count runs past the calendar's years
   */
  public Optional<DueDate> due(PublicationRecord record) {
    Item item = items.get(record.item().key());
    return item == null ? Optional.empty() : Optional.of(dueDate(item, record));
  }

  private DueDate dueDate(Item item, PublicationRecord record) {
    Deadline deadline = item.deadline();
    if (deadline == null) {
      return new DueDate.None(record.formedOn(), DueDate.Reason.UNPARSED);
    }
    Deadline clause = clause(deadline, record.clause());
    return dueDates.due(clause == null ? deadline : clause, record.formedOn());
  }

  private static @Nullable Deadline clause(Deadline deadline, @Nullable String part) {
    if (part == null || !(deadline instanceof Deadline.Conditional conditional)) {
      return null;
    }
    String key = TextFolding.key(part);
    for (Deadline.Clause clause : conditional.clauses()) {
      if (clause.when() != null && TextFolding.key(clause.when()).equals(key)) {
        return clause.deadline();
      }
    }
    return null;
  }
}
