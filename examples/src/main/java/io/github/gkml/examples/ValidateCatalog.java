package io.github.gkml.examples;

import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Loads catalog files, checks them, and prints each finding with its message in Chinese.
 *
 * <p>Run with catalog files as arguments, e.g. {@code examples/data/shehui-jiuzhu-2023.yaml}. The
 * validator also runs the rules registered as services, such as {@link SocialAssistanceOnPortal}.
 */
public final class ValidateCatalog {

  private ValidateCatalog() {}

  /** Checks each catalog file named by the arguments. */
  public static void main(String[] args) throws IOException {
    for (String file : args) {
      check(Path.of(file)).forEach(System.out::println);
    }
  }

  /** One line per finding: severity, rule id, item and message. */
  static List<String> check(Path file) throws IOException {
    // README example — begin
    LoadedCatalog catalog = CatalogFormat.defaults().load(file);
    List<Finding> findings = CatalogValidator.defaults().validate(catalog);
    return findings.stream()
        .map(f -> f.severity() + " " + f.ruleId() + " " + f.item() + ": " + f.message(Locale.CHINA))
        .toList();
    // README example — end
  }
}
