package io.github.gkml.validation;

import io.github.gkml.model.DueDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 公开核查结果 — one record checked against the catalog: its status, the due date it was judged on, and
 * the findings (PUBLICATION_LATE, PUBLICATION_OVERDUE, PUBLICATION_CHANNEL_MISSING,
 * DISPLAY_PERIOD_CUT_SHORT …).
 *
 * @param record the record checked
 * @param status where it stands
 * @param due the due date computed on the working-day calendar, or {@code null} for an unknown item
 * @param subject the responsible body it is counted under
 * @param findings what is wrong, sorted; empty when it complies
 * @since 0.1
 */
public record PublicationResult(
    PublicationRecord record,
    PublicationStatus status,
    @Nullable DueDate due,
    String subject,
    List<Finding> findings) {

  /** Validates and copies. */
  public PublicationResult {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(subject, "subject");
    findings = List.copyOf(findings);
  }

  /** Whether it complies: on time or pending, with every channel and the whole display period. */
  public boolean complies() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }
}
