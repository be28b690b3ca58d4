package io.github.gkml.cli.internal;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.rules.Baseline;
import io.github.gkml.rules.Conformance;
import io.github.gkml.rules.NationalBaselines;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gkml conform FILE}: checks that a local catalog refines its domain's national baseline (or
 * a baseline file of the user's own: a province's or a city's catalog) at its level.
 */
@Command(name = "conform", mixinStandardHelpOptions = true)
public final class ConformCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin ReportOptions report;

  @Mixin AcceptanceOptions acceptances;

  @Option(
      names = "--baseline",
      paramLabel = "national|FILE",
      defaultValue = "national",
      descriptionKey = "baseline")
  String baseline = "national";

  @Option(names = "--level", paramLabel = "county|township", descriptionKey = "level")
  @Nullable String level;

  @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "file")
  Path file;

  @Override
  public Integer call() throws IOException {
    LoadedCatalog local = Inputs.catalog(file);
    Baseline against = baseline(local);
    AdminLevel at = level(local);
    List<Finding> findings =
        acceptances.apply(Conformance.defaults().conform(local, against, at), common.language());
    Report.Source base = new Report.Source(baselineName(), against.catalog().metadata().version());
    return report.write(
        Report.comparison(base, Report.Source.of(local), findings),
        common.language(),
        spec.commandLine().getOut());
  }

  private Baseline baseline(LoadedCatalog local) {
    if (baseline.equals("national")) {
      return NationalBaselines.of(local.catalog().domain());
    }
    try {
      return Baseline.load(Path.of(baseline));
    } catch (CatalogFormatException e) {
      throw new InputException(String.valueOf(e.getMessage()), e);
    }
  }

  private String baselineName() {
    return baseline.equals("national")
        ? CliText.get("conform.national", common.language())
        : baseline;
  }

  private AdminLevel level(LoadedCatalog local) {
    if (level == null) {
      return Conformance.levelOf(local.catalog());
    }
    String asked = level.toLowerCase(Locale.ROOT);
    if (asked.equals("county")) {
      return AdminLevel.COUNTY;
    }
    if (asked.equals("township")) {
      return AdminLevel.TOWNSHIP;
    }
    return AdminLevel.find(level)
        .filter(l -> l == AdminLevel.COUNTY || l == AdminLevel.TOWNSHIP)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    CliText.get("conform.badLevel", common.language(), n -> level)));
  }
}
