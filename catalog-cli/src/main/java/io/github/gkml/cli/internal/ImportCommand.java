package io.github.gkml.cli.internal;

import io.github.gkml.io.ImportedCatalog;
import io.github.gkml.io.TableImport;
import io.github.gkml.io.TableImporter;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.ReportFormat;
import io.github.gkml.validation.Reports;
import io.github.gkml.validation.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gkml import TABLE -o CATALOG}: reads the catalog of a table (.xlsx, .xls, .docx, .html,
 * .csv, .md) and writes it as a catalog file. A table holding several catalogs is written one file
 * per catalog into a folder. Rows that cannot be read are printed as findings; what could be read
 * is written all the same (exit code 1).
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "TABLE", descriptionKey = "table")
  Path table;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "CATALOG|FOLDER",
      descriptionKey = "importOutput")
  Path output;

  @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "encoding")
  @Nullable Charset encoding;

  @Option(names = "--domain", paramLabel = "DOMAIN", descriptionKey = "domain")
  @Nullable String domain;

  @Override
  public Integer call() throws IOException {
    TableImport read = Inputs.table(table, importer());
    PrintWriter out = spec.commandLine().getOut();
    for (Map.Entry<Path, ImportedCatalog> written : targets(read).entrySet()) {
      write(written.getValue(), written.getKey());
      out.println(
          CliText.get(
              "import.wrote",
              common.language(),
              Map.of("file", written.getKey().toString(), "catalog", describe(written.getValue()))
                  ::get));
    }
    List<Finding> findings = read.findings();
    if (!findings.isEmpty()) {
      Reports.write(
          Report.of(read.file(), findings), ReportFormat.TEXT, common.language().locale(), out);
    }
    out.flush();
    boolean failing = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private TableImporter importer() {
    String named = domain;
    PilotDomain chosen = null;
    if (named != null) {
      chosen =
          PilotDomain.find(named)
              .orElseThrow(
                  () -> new ParameterException(spec.commandLine(), PilotDomains.unknown(named)));
    }
    return TableImporter.defaults().withEncoding(encoding).withDomain(chosen);
  }

  /** The file of each catalog: {@code -o} itself, or a file in the folder it names. */
  private Map<Path, ImportedCatalog> targets(TableImport read) throws IOException {
    boolean file = CatalogSyntax.fromFileName(output.toString()).isPresent();
    if (file && !Files.isDirectory(output)) {
      if (read.hasSeveral()) {
        throw new ParameterException(spec.commandLine(), several(read));
      }
      return Map.of(output, read.catalogs().get(0));
    }
    String name = output.getFileName() == null ? "" : output.getFileName().toString();
    if (!Files.isDirectory(output) && name.contains(".")) {
      throw new ParameterException(
          spec.commandLine(),
          CliText.get(
              "import.output", common.language(), Map.of("output", output.toString())::get));
    }
    Files.createDirectories(output);
    Map<Path, ImportedCatalog> targets = new java.util.LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (ImportedCatalog catalog : read.catalogs()) {
      targets.put(output.resolve(fileName(catalog, used)), catalog);
    }
    return targets;
  }

  private String several(TableImport read) {
    Map<String, String> values =
        Map.of(
            "file",
            read.file(),
            "n",
            String.valueOf(read.catalogs().size()),
            "catalogs",
            read.catalogs().stream().map(this::describe).collect(Collectors.joining("; ")));
    return CliText.get("import.several", common.language(), values::get);
  }

  /** 社会救助:某县社会救助领域基层政务公开标准目录(Sheet1,14 个事项). */
  private String describe(ImportedCatalog imported) {
    String sheet = imported.sheet();
    Map<String, String> values =
        Map.of(
            "domain", imported.catalog().domain().label(),
            "title", imported.catalog().metadata().title(),
            "where", sheet == null ? "" : sheet + (common.language() == Language.EN ? ", " : ","),
            "items", String.valueOf(imported.catalog().items().size()));
    return CliText.get("import.catalog", common.language(), values::get);
  }

  /** {@code <domain slug>-<title>.yaml}, the title without characters file systems refuse. */
  static String fileName(ImportedCatalog catalog, Set<String> used) {
    String title = catalog.catalog().metadata().title().replaceAll("[\\\\/:*?\"<>|\\s]+", "");
    String stem =
        catalog.catalog().domain().slug() + "-" + title.substring(0, Math.min(60, title.length()));
    String name = stem + ".yaml";
    for (int n = 2; !used.add(name); n++) {
      name = stem + "-" + n + ".yaml";
    }
    return name;
  }

  private static void write(ImportedCatalog catalog, Path file) {
    try {
      CatalogFormat.defaults().write(catalog.catalog(), file);
    } catch (IOException e) {
      throw new InputException(file + ": cannot write the catalog: " + e.getMessage(), e);
    }
  }
}
