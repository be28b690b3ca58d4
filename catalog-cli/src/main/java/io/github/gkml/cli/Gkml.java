package io.github.gkml.cli;

import io.github.gkml.cli.internal.ExitCodes;
import io.github.gkml.cli.internal.HelpBundles;
import io.github.gkml.cli.internal.InputException;
import io.github.gkml.cli.internal.Language;
import io.github.gkml.cli.internal.RootCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The {@code gkml} command: {@code domains}, {@code deadline}, {@code validate}. Output is UTF-8,
 * in Chinese by default ({@code --lang en} for English). Exit codes: 0 no failing finding, 1
 * failing findings, 2 usage error, 3 unreadable or invalid input, 70 internal error. Stack traces
 * are shown only with {@code --verbose}.
 *
 * @since 0.1
 */
public final class Gkml {

  private Gkml() {}

  /** Runs {@code gkml} and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    int code = run(args, out, err, System.getenv("GKML_LANG"));
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs {@code gkml} with these arguments, writing to {@code out} and {@code err}; returns the
   * exit code. Never throws and never exits the JVM.
   *
   * @param language the value of {@code GKML_LANG}, or {@code null}
   */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, @Nullable String language) {
    Language lang = Language.fromArgs(args, language);
    boolean verbose = Arrays.asList(args).contains("--verbose");
    try {
      CommandLine cli = new CommandLine(new RootCommand());
      cli.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
      HelpBundles.apply(cli, lang);
      cli.setParameterExceptionHandler(
          (e, arguments) -> {
            err.println(e.getMessage());
            err.println(HelpBundles.text("usage.hint", lang, e.getCommandLine()));
            return ExitCodes.USAGE;
          });
      cli.setExecutionExceptionHandler(
          (e, command, parsed) -> {
            if (e instanceof CommandLine.ParameterException usage) {
              err.println(usage.getMessage());
              err.println(HelpBundles.text("usage.hint", lang, usage.getCommandLine()));
              return ExitCodes.USAGE;
            }
            if (e instanceof InputException) {
              err.println(e.getMessage());
              if (verbose) {
                e.printStackTrace(err);
              }
              return ExitCodes.INPUT;
            }
            throw e;
          });
      return cli.execute(args);
    } catch (RuntimeException | Error e) {
      err.println(HelpBundles.text("internal.error", lang, null) + e);
      if (verbose) {
        e.printStackTrace(err);
      }
      return ExitCodes.INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }
}
