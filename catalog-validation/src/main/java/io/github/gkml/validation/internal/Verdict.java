package io.github.gkml.validation.internal;

import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.Severity;
import io.github.gkml.validation.Summary;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** 结论 — what a set of findings means for the check, for the headings of the reports. */
public enum Verdict {
  /** An open finding reaches the failing severity. */
  FAILED,
  /** Nothing fails, but an open error or warning needs a person's review. */
  REVIEW,
  /** Nothing open but information. */
  PASSED;

  /** The verdict on the whole report. */
  public static Verdict of(Report report) {
    return of(report.findings(), report.failOn());
  }

  /**
   * Whether the three principles apply: the report compares versions, or a finding enforces one. A
   * single catalog on its own says nothing about them.
   */
  public static boolean concernsPrinciples(Report report) {
    return report.isComparison() || report.findings().stream().anyMatch(f -> f.principle() != null);
  }

  /** The verdict on some findings under a failing threshold ({@code null}: never fails). */
  public static Verdict of(List<Finding> findings, @Nullable Severity failOn) {
    if (failOn != null && Summary.fails(findings, failOn)) {
      return FAILED;
    }
    return Summary.fails(findings, Severity.WARNING) ? REVIEW : PASSED;
  }
}
