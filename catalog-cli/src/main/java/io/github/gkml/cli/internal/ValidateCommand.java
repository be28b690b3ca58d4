package io.github.gkml.cli.internal;

import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.ReportFormat;
import io.github.gkml.validation.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gkml validate FILE}: checks one catalog and reports the findings. */
@Command(name = "validate", mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(
      names = "--format",
      paramLabel = "text|json|md|html|sarif|junit",
      defaultValue = "text",
      descriptionKey = "format")
  ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--fail-on",
      paramLabel = "error|warning|never",
      defaultValue = "error",
      descriptionKey = "failOn")
  FailOn failOn = FailOn.ERROR;

  @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "file")
  Path file;

  @Override
  public Integer call() throws IOException {
    LoadedCatalog loaded;
    try {
      loaded = CatalogFormat.defaults().load(file);
    } catch (CatalogFormatException e) {
      throw new InputException(String.valueOf(e.getMessage()), e);
    }
    List<Finding> findings = CatalogValidator.defaults().validate(loaded);
    PrintWriter out = spec.commandLine().getOut();
    Report report =
        Report.of(file.toString(), findings).withFailOn(failOn.threshold().orElse(null));
    Reports.write(report, format, common.language().locale(), out);
    return report.fails() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
