package io.github.gkml.cli.internal;

import io.github.gkml.sdk.Gkml;
import io.github.gkml.validation.AcceptanceFile;
import io.github.gkml.validation.AcceptanceFileException;
import io.github.gkml.validation.Acceptances;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --accept FILE} applies a baseline of accepted findings (接受清单): covered findings are still
 * reported, marked accepted, and never fail; acceptances that cover nothing are reported as
 * ACCEPTANCE_STALE. {@code --write-baseline FILE} writes entries for the open findings, for a
 * person to fill in and approve; with the same file as {@code --accept} it refreshes that baseline.
 */
public final class AcceptanceOptions {

  @Option(names = "--accept", paramLabel = "FILE", descriptionKey = "accept")
  @Nullable Path accept;

  @Option(names = "--write-baseline", paramLabel = "FILE", descriptionKey = "writeBaseline")
  @Nullable Path writeBaseline;

  @Option(names = "--today", paramLabel = "DATE", descriptionKey = "today")
  @Nullable LocalDate today;

  /**
   * The findings with the acceptances applied, after writing the baseline if asked.
   *
   * @throws InputException if the acceptance file cannot be read or the baseline written
   */
  List<Finding> apply(List<Finding> findings, Language language) {
    Acceptances acceptances = read();
    List<Finding> result =
        acceptances.isEmpty() && accept == null
            ? findings
            : acceptances.applyTo(findings, today == null ? Gkml.defaults().today() : today);
    if (writeBaseline != null) {
      write(writeBaseline, acceptances, result, language);
    }
    return result;
  }

  private Acceptances read() {
    if (accept == null) {
      return Acceptances.empty();
    }
    try {
      return AcceptanceFile.defaults().read(accept);
    } catch (AcceptanceFileException e) {
      throw new InputException(String.valueOf(e.getMessage()), e);
    }
  }

  private static void write(
      Path file, Acceptances existing, List<Finding> findings, Language language) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      AcceptanceFile.defaults()
          .writeBaseline(existing, findings, Severity.WARNING, language.locale(), out);
    } catch (IOException e) {
      throw new InputException(file + ": cannot write the baseline: " + e.getMessage(), e);
    }
  }
}
