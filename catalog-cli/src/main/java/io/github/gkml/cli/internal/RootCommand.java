package io.github.gkml.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gkml}: the root command; a subcommand is required. */
@Command(
    name = "gkml",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {
      DiffCommand.class,
      HistoryCommand.class,
      ConformCommand.class,
      ValidateCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      DeadlineCommand.class,
      DomainsCommand.class
    })
public final class RootCommand implements Runnable {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), CliText.get("root.subcommandMissing", common.language()));
  }
}
