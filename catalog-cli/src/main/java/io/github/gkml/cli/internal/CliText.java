package io.github.gkml.cli.internal;

import io.github.gkml.validation.MessageBundle;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The words the commands print (not help), in Chinese or English, from the {@code Cli} bundles. */
final class CliText {

  private static final MessageBundle BUNDLE =
      MessageBundle.load(CliText.class::getResourceAsStream, "Cli");

  private CliText() {}

  static String get(String key, Language language) {
    return BUNDLE.template(key, language.locale()).orElse(key);
  }

  static String get(String key, Language language, Function<String, @Nullable String> values) {
    return MessageBundle.fill(get(key, language), values);
  }

  /** The bundle, for tests that keep the languages in step. */
  static MessageBundle bundle() {
    return BUNDLE;
  }
}
