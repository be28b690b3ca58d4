package io.github.gkml.cli.internal;

import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.RevisionCheck;
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

/**
 * {@code gkml history V1 V2 … Vn}: checks a revision history transitively, each version against
 * every earlier one, in the order given, and reports every failing (from, to, rule, item).
 */
@Command(name = "history", mixinStandardHelpOptions = true)
public final class HistoryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin ReportOptions report;

  @Mixin AcceptanceOptions acceptances;

  @Parameters(paramLabel = "VERSION", arity = "2..*", descriptionKey = "versions")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    List<LoadedCatalog> versions = new ArrayList<>();
    List<Finding> checked = new ArrayList<>();
    for (Path file : files) {
      Inputs.Input input = Inputs.read(file);
      versions.add(input.loaded());
      checked.addAll(input.findings());
    }
    checked.addAll(RevisionCheck.defaults().history(versions));
    List<Finding> findings = acceptances.apply(checked, common.language());
    LoadedCatalog first = versions.get(0);
    LoadedCatalog last = versions.get(versions.size() - 1);
    Report history = Report.comparison(Report.Source.of(first), Report.Source.of(last), findings);
    return report.write(
        history,
        common.language(),
        spec.commandLine().getOut(),
        new ReportOptions.Shown(first.catalog(), last.catalog()));
  }
}
