package io.github.gkml.validation.internal;

import io.github.gkml.model.CalendarCoverageException;
import io.github.gkml.model.Channel;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.DueDate;
import io.github.gkml.model.DueDates;
import io.github.gkml.model.Item;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.PublicationRecord;
import io.github.gkml.validation.PublicationResult;
import io.github.gkml.validation.PublicationStatus;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The judgement of one publication record against its catalog item. */
public final class PublicationRules {

  private PublicationRules() {}

  /** A record of an item the catalog does not have. */
  public static PublicationResult unknownItem(PublicationRecord record) {
    Finding finding =
        base(RuleId.PUBLICATION_ITEM_UNKNOWN, Severity.WARNING, record)
            .newValue(record.item().toString())
            .build();
    return new PublicationResult(
        record, PublicationStatus.UNKNOWN_ITEM, null, subject(record, null), List.of(finding));
  }

  /** A record whose dates lie outside the working-day calendar. */
  public static PublicationResult outsideCalendar(
      PublicationRecord record, Item item, CalendarCoverageException e) {
    Finding finding =
        base(RuleId.PUBLICATION_NO_DUE_DATE, Severity.WARNING, record)
            .field("deadline")
            .oldValue(deadline(item))
            .param("reason", String.valueOf(e.getMessage()))
            .build();
    return new PublicationResult(
        record, PublicationStatus.NO_DUE_DATE, null, subject(record, item), List.of(finding));
  }

  /** Judges a record of a known item, its due date computed. */
  public static PublicationResult judge(
      PublicationRecord record,
      Item item,
      DueDate due,
      LocalDate asOf,
      DueDates dueDates,
      ChannelVocabulary vocabulary) {
    List<Finding> findings = new ArrayList<>();
    PublicationStatus status = timeliness(record, item, due, asOf, dueDates, findings);
    if (record.publishedOn() != null) {
      channels(record, item, vocabulary, findings);
      display(record, item, dueDates, findings);
    }
    findings.sort(Finding.ORDER);
    return new PublicationResult(record, status, due, subject(record, item), findings);
  }

  private static PublicationStatus timeliness(
      PublicationRecord record,
      Item item,
      DueDate due,
      LocalDate asOf,
      DueDates dueDates,
      List<Finding> findings) {
    Optional<LocalDate> last = due.lastDay();
    if (last.isEmpty()) {
      String reason =
          due instanceof DueDate.None none ? none.message(Locale.SIMPLIFIED_CHINESE) : "";
      String reasonEn = due instanceof DueDate.None none ? none.message(Locale.ENGLISH) : "";
      findings.add(
          base(RuleId.PUBLICATION_NO_DUE_DATE, Severity.INFO, record)
              .field("deadline")
              .oldValue(deadline(item))
              .param("reason@zh", reason)
              .param("reason@en", reasonEn)
              .build());
      return PublicationStatus.NO_DUE_DATE;
    }
    LocalDate dueDay = last.get();
    LocalDate published = record.publishedOn();
    if (published == null) {
      if (!asOf.isAfter(dueDay)) {
        return PublicationStatus.PENDING;
      }
      findings.add(
          base(RuleId.PUBLICATION_OVERDUE, Severity.ERROR, record)
              .field("deadline")
              .oldValue(deadline(item))
              .param("due", dueDay.toString())
              .param("asOf", asOf.toString())
              .build());
      return PublicationStatus.OVERDUE;
    }
    if (!published.isAfter(dueDay)) {
      return PublicationStatus.ON_TIME;
    }
    long workingDays = dueDates.calendar().workingDaysBetween(dueDay, published);
    findings.add(
        base(RuleId.PUBLICATION_LATE, Severity.ERROR, record)
            .field("deadline")
            .oldValue(deadline(item))
            .newValue(published.toString())
            .param("due", dueDay.toString())
            .param("days", Long.toString(workingDays))
            .build());
    return PublicationStatus.LATE;
  }

  private static void channels(
      PublicationRecord record, Item item, ChannelVocabulary vocabulary, List<Finding> findings) {
    @Nullable String used = null; // written only when a channel is missing: most records lack none
    for (Channel required : item.channels()) {
      boolean covered = record.channels().stream().anyMatch(c -> vocabulary.covers(c, required));
      if (!covered) {
        if (used == null) {
          used = record.channels().stream().map(Channel::label).collect(Collectors.joining("、"));
        }
        findings.add(
            base(RuleId.PUBLICATION_CHANNEL_MISSING, Severity.ERROR, record)
                .field("channels")
                .oldValue(required.label())
                .param("used", used.isEmpty() ? "—" : used)
                .build());
      }
    }
  }

  private static void display(
      PublicationRecord record, Item item, DueDates dueDates, List<Finding> findings) {
    DisplayPeriod period = item.effectiveDisplayPeriod();
    LocalDate takenDown = record.takenDownOn();
    LocalDate published = record.publishedOn();
    if (period == null || takenDown == null || published == null) {
      return;
    }
    Optional<LocalDate> last;
    try {
      last = dueDates.lastDisplayDay(period, published).lastDay();
    } catch (CalendarCoverageException e) {
      return;
    }
    boolean indefinitely = period.ongoing();
    if (indefinitely || (last.isPresent() && !takenDown.isAfter(last.get()))) {
      findings.add(
          base(RuleId.DISPLAY_PERIOD_CUT_SHORT, Severity.ERROR, record)
              .field("displayPeriod")
              .oldValue(period.raw())
              .newValue(takenDown.toString())
              .param("until", last.map(LocalDate::toString).orElse("长期"))
              .build());
    }
  }

  private static Finding.Builder base(RuleId rule, Severity severity, PublicationRecord record) {
    return Finding.builder(rule, severity).item(record.item()).param("id", record.id());
  }

  private static String deadline(Item item) {
    return item.deadline() == null ? "" : item.deadline().raw();
  }

  private static String subject(PublicationRecord record, @Nullable Item item) {
    if (record.subject() != null) {
      return record.subject();
    }
    return item == null || item.subjects().isEmpty() ? "—" : item.subjects().get(0);
  }
}
