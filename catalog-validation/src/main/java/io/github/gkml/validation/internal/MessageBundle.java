package io.github.gkml.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A pair of message bundles, Chinese ({@code zh_CN}, the default) and English, read as UTF-8
 * properties files next to a class. The language is chosen from the locale passed in — never from
 * the JVM default — and templates use named {@code {param}} placeholders only.
 */
public final class MessageBundle {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");

  private final Map<String, String> chinese;
  private final Map<String, String> english;

  private MessageBundle(Map<String, String> chinese, Map<String, String> english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * The bundle {@code <base>.properties} (Chinese) and {@code <base>_en.properties} beside {@code
   * anchor}.
   */
  public static MessageBundle load(Class<?> anchor, String base) {
    return new MessageBundle(
        read(anchor, base + ".properties"), read(anchor, base + "_en.properties"));
  }

  /** The template for a key in the locale's language, if the bundle has it. */
  public Optional<String> template(String key, Locale locale) {
    return Optional.ofNullable(forLocale(locale).get(key));
  }

  /** Every key of the Chinese bundle. */
  public java.util.Set<String> chineseKeys() {
    return chinese.keySet();
  }

  /** Every key of the English bundle. */
  public java.util.Set<String> englishKeys() {
    return english.keySet();
  }

  /** Whether the locale asks for English; everything else is Chinese. */
  public static boolean isEnglish(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  /**
   * Replaces each {@code {name}} with {@code values.apply(name)}; unknown names stay as written.
   */
  public static String fill(String template, Function<String, @Nullable String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.apply(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The placeholder names a template uses. */
  public static java.util.Set<String> placeholders(String template) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private Map<String, String> forLocale(Locale locale) {
    return isEnglish(locale) ? english : chinese;
  }

  private static Map<String, String> read(Class<?> anchor, String name) {
    Properties properties = new Properties();
    try (InputStream in = Objects.requireNonNull(anchor.getResourceAsStream(name), name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> map = new java.util.HashMap<>();
    properties.forEach((k, v) -> map.put(String.valueOf(k), String.valueOf(v)));
    return Map.copyOf(map);
  }
}
