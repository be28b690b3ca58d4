package io.github.gkml.examples;

import io.github.gkml.sdk.Gkml;
import io.github.gkml.validation.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Loads two versions of a catalog, checks that the revision follows 公开事项只增不减、公开方式只多不少、 公开时限只紧不松,
 * and prints each finding with its message in Chinese.
 *
 * <p>Run with the old and the new catalog, e.g. {@code examples/data/shehui-jiuzhu-2023.yaml
 * examples/data/shehui-jiuzhu-2024.yaml}; either may be a catalog file (.yaml, .json) or a table as
 * counties publish it (.xlsx, .docx, .html, .csv).
 */
public final class CheckRevision {

  private CheckRevision() {}

  /** Checks the revision from the first argument's catalog to the second's. */
  public static void main(String[] args) throws IOException {
    check(Path.of(args[0]), Path.of(args[1])).forEach(System.out::println);
  }

  /** One line per finding: severity, rule id, item and message. */
  static List<String> check(Path oldFile, Path newFile) throws IOException {
    // README example — begin
    Gkml gkml = Gkml.defaults();
    Report report = gkml.checkRevision(gkml.load(oldFile), gkml.load(newFile));
    return report.findings().stream()
        .map(f -> f.severity() + " " + f.ruleId() + " " + f.item() + ": " + f.message(Locale.CHINA))
        .toList();
    // README example — end
  }
}
