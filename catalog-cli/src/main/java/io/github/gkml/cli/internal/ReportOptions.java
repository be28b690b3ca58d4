package io.github.gkml.cli.internal;

import io.github.gkml.validation.Report;
import io.github.gkml.validation.ReportFormat;
import io.github.gkml.validation.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of commands that report findings: the format, the severity that fails the command,
 * and an optional output file (the report goes to standard output otherwise).
 */
public final class ReportOptions {

  @Option(
      names = "--format",
      paramLabel = "text|json|md|html|sarif|junit",
      defaultValue = "text",
      descriptionKey = "reportFormat")
  ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--fail-on",
      paramLabel = "error|warning|never",
      defaultValue = "error",
      descriptionKey = "failOn")
  FailOn failOn = FailOn.ERROR;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      descriptionKey = "output")
  @Nullable Path output;

  /** The report with the failing severity chosen. */
  Report withFailOn(Report report) {
    return report.withFailOn(failOn.threshold().orElse(null));
  }

  /**
   * Writes the report to the output file or {@code out}, and gives the exit code.
   *
   * @throws InputException if the output file cannot be written
   */
  int write(Report report, Language language, PrintWriter out) throws IOException {
    Report chosen = withFailOn(report);
    if (output == null) {
      Reports.write(chosen, format, language.locale(), out);
    } else {
      try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        Reports.write(chosen, format, language.locale(), file);
      } catch (IOException e) {
        throw new InputException(output + ": cannot write the report: " + e.getMessage(), e);
      }
    }
    out.flush();
    return chosen.fails() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
