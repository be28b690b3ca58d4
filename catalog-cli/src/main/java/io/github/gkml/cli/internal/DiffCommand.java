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
 * {@code gkml diff OLD NEW}: checks that a revision follows 公开事项只增不减、公开方式只多不少、公开时限只紧不松 and reports
 * every finding, item by item.
 */
@Command(name = "diff", mixinStandardHelpOptions = true)
public final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin ReportOptions report;

  @Mixin AcceptanceOptions acceptances;

  @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "old")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "new")
  Path newFile;

  @Override
  public Integer call() throws IOException {
    Inputs.Input oldInput = Inputs.read(oldFile);
    Inputs.Input newInput = Inputs.read(newFile);
    LoadedCatalog older = oldInput.loaded();
    LoadedCatalog newer = newInput.loaded();
    List<Finding> checked = new ArrayList<>(oldInput.findings());
    checked.addAll(newInput.findings());
    checked.addAll(RevisionCheck.defaults().check(older, newer));
    List<Finding> findings = acceptances.apply(checked, common.language());
    return report.write(
        Report.comparison(Report.Source.of(older), Report.Source.of(newer), findings),
        common.language(),
        spec.commandLine().getOut(),
        new ReportOptions.Shown(older.catalog(), newer.catalog()));
  }
}
