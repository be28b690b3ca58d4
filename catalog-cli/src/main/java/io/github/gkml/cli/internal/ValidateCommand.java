package io.github.gkml.cli.internal;

import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gkml validate FILE}: checks one catalog and reports the findings. */
@Command(name = "validate", mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin ReportOptions report;

  @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "file")
  Path file;

  @Override
  public Integer call() throws IOException {
    Inputs.Input input = Inputs.read(file);
    LoadedCatalog loaded = input.loaded();
    List<Finding> findings = new ArrayList<>(input.findings());
    findings.addAll(CatalogValidator.defaults().validate(loaded));
    return report.write(
        Report.of(file.toString(), findings),
        common.language(),
        spec.commandLine().getOut(),
        new ReportOptions.Shown(null, loaded.catalog()));
  }
}
