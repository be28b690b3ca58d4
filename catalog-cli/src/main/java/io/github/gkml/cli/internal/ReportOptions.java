package io.github.gkml.cli.internal;

import io.github.gkml.io.DiffWorkbook;
import io.github.gkml.model.Catalog;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.ReportFormat;
import io.github.gkml.validation.Reports;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of commands that report findings: the format, the severity that fails the command,
 * and an optional output file (the report goes to standard output otherwise). {@code --format xlsx}
 * writes the diff report workbook of catalog-io and needs {@code -o FILE}.
 */
public final class ReportOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--format",
      paramLabel = "text|json|md|html|sarif|junit|xlsx",
      defaultValue = "text",
      descriptionKey = "reportFormat")
  ReportChoice format = ReportChoice.TEXT;

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

  /**
   * The catalogs a workbook report shows.
   *
   * @param older the old version in a comparison, or {@code null} for one catalog
   * @param newer the new version, or the one catalog
   */
  record Shown(@Nullable Catalog older, Catalog newer) {}

  /** The report with the failing severity chosen. */
  Report withFailOn(Report report) {
    return report.withFailOn(failOn.threshold().orElse(null));
  }

  /**
   * Writes the report to the output file or {@code out}, and gives the exit code; {@code --format
   * xlsx} is refused, as this command has no catalogs to show.
   *
   * @throws InputException if the output file cannot be written
   */
  int write(Report report, Language language, PrintWriter out) throws IOException {
    return write(report, language, out, null);
  }

  /**
   * Writes the report, or with {@code --format xlsx} the workbook of the catalogs shown, and gives
   * the exit code.
   *
   * @throws InputException if the output file cannot be written
   */
  int write(Report report, Language language, PrintWriter out, @Nullable Shown shown)
      throws IOException {
    Report chosen = withFailOn(report);
    Optional<ReportFormat> text = format.report();
    if (text.isEmpty()) {
      workbook(chosen, language, shown);
    } else if (output == null) {
      Reports.write(chosen, text.get(), language.locale(), out);
    } else {
      try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        Reports.write(chosen, text.get(), language.locale(), file);
      } catch (IOException e) {
        throw new InputException(output + ": cannot write the report: " + e.getMessage(), e);
      }
    }
    out.flush();
    return chosen.fails() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private void workbook(Report report, Language language, @Nullable Shown shown) {
    Path file = output;
    if (file == null || shown == null) {
      throw new ParameterException(
          mixee.commandLine(),
          CliText.get(shown == null ? "report.xlsxNotHere" : "report.xlsxNeedsOutput", language));
    }
    try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file))) {
      DiffWorkbook.defaults()
          .write(shown.older(), shown.newer(), report.findings(), language.locale(), stream);
    } catch (IOException e) {
      throw new InputException(file + ": cannot write the workbook: " + e.getMessage(), e);
    }
  }
}
