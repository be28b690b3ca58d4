package io.github.gkml.cli.internal;

import picocli.CommandLine.Option;

/** Options every command has: the language and whether to show stack traces. */
public final class CommonOptions {

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      defaultValue = "zh",
      descriptionKey = "lang",
      converter = LanguageConverter.class)
  Language language = Language.ZH;

  @Option(names = "--verbose", descriptionKey = "verbose")
  boolean verbose;

  /** The language chosen. */
  public Language language() {
    return language;
  }

  /** Whether to show stack traces of errors. */
  public boolean verbose() {
    return verbose;
  }
}
