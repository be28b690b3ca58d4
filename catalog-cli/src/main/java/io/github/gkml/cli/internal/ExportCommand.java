package io.github.gkml.cli.internal;

import io.github.gkml.io.TableExporter;
import io.github.gkml.io.TableFormat;
import io.github.gkml.model.LoadedCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gkml export CATALOG -o TABLE}: writes a catalog as a table in the national template layout
 * ({@code .xlsx}, {@code .html}, {@code .md}) that a county can publish as is.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "CATALOG", descriptionKey = "catalog")
  Path catalog;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "TABLE",
      descriptionKey = "exportOutput")
  Path output;

  @Override
  public Integer call() {
    boolean writable =
        TableFormat.fromFileName(output.toString()).filter(TableFormat::isWritable).isPresent();
    if (!writable) {
      throw new ParameterException(
          spec.commandLine(),
          CliText.get(
              "export.output", common.language(), Map.of("output", output.toString())::get));
    }
    LoadedCatalog loaded = Inputs.catalog(catalog);
    try {
      TableExporter.defaults().write(loaded.catalog(), output);
    } catch (IOException e) {
      throw new InputException(output + ": cannot write the table: " + e.getMessage(), e);
    }
    spec.commandLine()
        .getOut()
        .println(
            CliText.get(
                "export.wrote",
                common.language(),
                Map.of(
                        "file", output.toString(),
                        "items", String.valueOf(loaded.catalog().items().size()))
                    ::get));
    return ExitCodes.OK;
  }
}
