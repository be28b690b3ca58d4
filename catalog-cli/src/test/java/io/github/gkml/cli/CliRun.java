package io.github.gkml.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.jspecify.annotations.Nullable;

/** One run of {@code gkml} in-process: its exit code and what it wrote. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return withEnvironment(null, args);
  }

  static CliRun withEnvironment(@Nullable String language, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gkml.run(args, new PrintWriter(out), new PrintWriter(err), language);
    return new CliRun(code, out.toString(), err.toString());
  }
}
