package io.github.gkml.cli.internal;

import io.github.gkml.validation.ReportFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code --format} of the commands that report findings: the report formats of catalog-validation,
 * and {@code xlsx}, the workbook of catalog-io (the catalog sheet with the changes marked and a
 * findings sheet), which needs {@code -o FILE}.
 */
public enum ReportChoice {
  /** Text for a person. */
  TEXT(ReportFormat.TEXT),
  /** JSON for programs. */
  JSON(ReportFormat.JSON),
  /** Markdown for a review comment. */
  MD(ReportFormat.MD),
  /** One HTML page. */
  HTML(ReportFormat.HTML),
  /** SARIF 2.1.0. */
  SARIF(ReportFormat.SARIF),
  /** JUnit XML. */
  JUNIT(ReportFormat.JUNIT),
  /** An Excel workbook: the (new) catalog with changes marked, and the findings. */
  XLSX(null);

  private final @Nullable ReportFormat report;

  ReportChoice(@Nullable ReportFormat report) {
    this.report = report;
  }

  /** The catalog-validation format, or empty for the workbook. */
  public Optional<ReportFormat> report() {
    return Optional.ofNullable(report);
  }
}
