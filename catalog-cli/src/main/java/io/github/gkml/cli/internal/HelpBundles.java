package io.github.gkml.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The help texts of every command in Chinese ({@code Help.properties}) and English ({@code
 * Help_en.properties}). Bundles are read directly for the language asked, so the JVM's default
 * locale never chooses the language.
 */
public final class HelpBundles {

  private static final ResourceBundle CHINESE = load("Help.properties");
  private static final ResourceBundle ENGLISH = load("Help_en.properties");

  private HelpBundles() {}

  /** Sets the help bundle of the language on the command and all its subcommands. */
  public static void apply(CommandLine cli, Language language) {
    ResourceBundle bundle = bundle(language);
    cli.setResourceBundle(bundle);
    for (CommandLine sub : cli.getSubcommands().values()) {
      apply(sub, language);
    }
  }

  /** One text of the help bundle, with {@code {command}} replaced by the command's name. */
  public static String text(String key, Language language, @Nullable CommandLine command) {
    String text = bundle(language).getString(key);
    return command == null
        ? text
        : text.replace("{command}", command.getCommandSpec().qualifiedName());
  }

  private static ResourceBundle bundle(Language language) {
    return language == Language.EN ? ENGLISH : CHINESE;
  }

  private static ResourceBundle load(String name) {
    try (InputStream in =
        Objects.requireNonNull(HelpBundles.class.getResourceAsStream(name), name)) {
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
