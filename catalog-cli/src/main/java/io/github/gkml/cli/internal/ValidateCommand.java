package io.github.gkml.cli.internal;

import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.ReportFormat;
import io.github.gkml.validation.Reports;
import io.github.gkml.validation.Summary;
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
      paramLabel = "text|json",
      defaultValue = "text",
      descriptionKey = "format")
  OutputFormat format = OutputFormat.TEXT;

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
    ReportFormat report = format == OutputFormat.JSON ? ReportFormat.JSON : ReportFormat.TEXT;
    Reports.write(file.toString(), findings, report, common.language().locale(), out);
    return failOn.threshold().isPresent() && Summary.fails(findings, failOn.threshold().get())
        ? ExitCodes.FINDINGS
        : ExitCodes.OK;
  }
}
