package io.github.gkml.cli.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The language of messages and help: Chinese by default, English with {@code --lang en} (or the
 * environment variable {@code GKML_LANG=en}). The JVM's default locale is never consulted, so the
 * output does not change with the machine.
 */
public enum Language {
  /** 中文 (zh_CN), the default. */
  ZH(Locale.SIMPLIFIED_CHINESE),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale of this language. */
  public Locale locale() {
    return locale;
  }

  /**
   * The language the arguments ask for: the value after {@code --lang} (or {@code --lang=…}), else
   * {@code GKML_LANG}, else Chinese. An unknown value is left for the option's own check.
   */
  public static Language fromArgs(String[] args, @Nullable String environment) {
    String asked = environment;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        asked = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        asked = args[i].substring("--lang=".length());
      }
    }
    return asked != null && asked.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
  }
}
