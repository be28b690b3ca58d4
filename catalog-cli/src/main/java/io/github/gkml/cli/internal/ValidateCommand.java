package io.github.gkml.cli.internal;

import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.ReportFormat;
import io.github.gkml.validation.RuleSet;
import io.github.gkml.validation.RuleSetFile;
import io.github.gkml.validation.RuleSetFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * {@code gkml validate FILE}: checks one catalog with every rule (the built-in ones and those found
 * as services) and reports the findings; {@code --rules FILE} configures the rules, {@code
 * --list-rules} lists them.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin ReportOptions report;

  @Option(names = "--rules", paramLabel = "FILE", descriptionKey = "rules")
  @Nullable Path rules;

  @Option(names = "--list-rules", descriptionKey = "listRules")
  boolean listRules;

  @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "file")
  @Nullable Path file;

  @Override
  public Integer call() throws IOException {
    CatalogValidator validator = configured(CatalogValidator.defaults());
    PrintWriter out = spec.commandLine().getOut();
    if (listRules) {
      if (report.format.report().orElse(null) == ReportFormat.JSON) {
        RuleListing.json(validator.rules(), validator.ruleSet(), out);
      } else {
        RuleListing.text(validator.rules(), validator.ruleSet(), common.language().locale(), out);
      }
      out.flush();
      return ExitCodes.OK;
    }
    if (file == null) {
      throw new ParameterException(
          spec.commandLine(), "Missing required parameter: 'FILE' (or give --list-rules)");
    }
    Inputs.Input input = Inputs.read(file);
    LoadedCatalog loaded = input.loaded();
    List<Finding> findings = new ArrayList<>(input.findings());
    findings.addAll(validator.validate(loaded));
    return report.write(
        Report.of(file.toString(), findings),
        common.language(),
        out,
        new ReportOptions.Shown(null, loaded.catalog()));
  }

  private CatalogValidator configured(CatalogValidator validator) {
    if (rules == null) {
      return validator;
    }
    try {
      RuleSet ruleSet = RuleSetFile.read(rules, validator);
      return validator.withRuleSet(ruleSet);
    } catch (RuleSetFileException e) {
      throw new InputException(String.valueOf(e.getMessage()), e);
    }
  }
}
