package io.github.gkml.sdk;

import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import java.util.List;
import java.util.Objects;

/**
 * 修订审核结论 — whether a proposed revision of a catalog may be published: the report on it (the
 * proposed catalog validated, and the revision checked against the current catalog under the three
 * principles, with acceptances applied) and the findings that block it.
 *
 * <p>A finding blocks when it is open (not accepted) and at or above the report's {@link
 * Report#failOn() failOn} severity; the revision is approved when nothing blocks it. With {@link
 * Gkml#defaults()} that is every open error: a removed item, a channel dropped, a deadline
 * loosened, a required element missing.
 *
 * @param report everything found, failing from the blocking severity
 * @param blocking the open findings at or above it, in report order
 * @since 0.1
 */
public record RevisionVerdict(Report report, List<Finding> blocking) {

  /** Validates and copies. */
  public RevisionVerdict {
    Objects.requireNonNull(report, "report");
    blocking = List.copyOf(blocking);
  }

  /** The verdict the report gives: its open findings at or above its failOn severity block. */
  public static RevisionVerdict of(Report report) {
    var threshold = report.failOn();
    List<Finding> blocking =
        threshold == null
            ? List.of()
            : report.findings().stream()
                .filter(f -> !f.isAccepted() && f.severity().isAtLeast(threshold))
                .toList();
    return new RevisionVerdict(report, blocking);
  }

  /** Whether the revision may be published: nothing blocks it. */
  public boolean approved() {
    return blocking.isEmpty();
  }
}
