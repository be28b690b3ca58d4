package io.github.gkml.cli.internal;

import io.github.gkml.model.CalendarFormatException;
import io.github.gkml.model.DueDates;
import io.github.gkml.model.WorkingCalendar;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that compute due dates: the trigger date, the publication date of a display period,
 * and the working-day calendar (the national one, a regional one from a file, extra holidays).
 */
public final class DueOptions {

  @Option(names = "--from", paramLabel = "DATE", descriptionKey = "from")
  @Nullable LocalDate from;

  @Option(names = "--published", paramLabel = "DATE", descriptionKey = "published")
  @Nullable LocalDate published;

  @Option(names = "--calendar", paramLabel = "FILE", descriptionKey = "calendar")
  @Nullable Path calendar;

  @Option(names = "--holidays", paramLabel = "FILE", descriptionKey = "holidays")
  @Nullable Path holidays;

  @Option(names = "--assume-weekends-only", descriptionKey = "assumeWeekendsOnly")
  boolean assumeWeekendsOnly;

  /** The trigger date, or {@code null} when due dates are not asked for. */
  @Nullable LocalDate from() {
    return from;
  }

  /** The day a display period counts from: {@code --published}, else {@code --from}. */
  @Nullable LocalDate published() {
    return published != null ? published : from;
  }

  /**
   * The due-date service on the chosen calendar.
   *
   * @throws InputException if a calendar file cannot be read or is malformed
   */
  DueDates dueDates() {
    WorkingCalendar chosen;
    try {
      chosen = calendar == null ? WorkingCalendar.china() : WorkingCalendar.load(calendar);
      if (holidays != null) {
        chosen = chosen.withAdjustmentsFrom(holidays);
      }
    } catch (IOException | CalendarFormatException e) {
      throw new InputException(String.valueOf(e.getMessage()), e);
    }
    if (assumeWeekendsOnly) {
      chosen = chosen.withOutsideCoverage(WorkingCalendar.OutsideCoverage.ASSUME_WEEKENDS_ONLY);
    }
    return DueDates.of(chosen);
  }
}
