package io.github.gkml.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of due dates and strictness comparisons, in Chinese (the default) and English, from
 * {@code time-messages_zh.properties} and {@code time-messages_en.properties}. Templates use {@code
 * {name}} placeholders only.
 *
 * <p>The bundles are read with an explicit choice of file rather than {@link
 * java.util.ResourceBundle}, whose fallback to the JVM's default locale would make a Chinese
 * request on an English machine come back in English.
 */
public final class TimeMessages {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  private static final Map<String, String> ZH = load("time-messages_zh.properties");
  private static final Map<String, String> EN = load("time-messages_en.properties");

  private TimeMessages() {}

  /**
   * The message {@code key} in the locale's language (English for {@code en}, Chinese otherwise),
   * with each {@code {name}} replaced by its argument.
   *
   * @throws IllegalArgumentException if there is no such key
   */
  public static String format(Locale locale, String key, Map<String, String> arguments) {
    Map<String, String> bundle = "en".equals(locale.getLanguage()) ? EN : ZH;
    String template = bundle.get(key);
    if (template == null) {
      throw new IllegalArgumentException("no message " + key);
    }
    // One pass, so that an argument's text (a catalog's own words) is never read as a template.
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 64);
    while (m.find()) {
      String value = arguments.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Whether a message exists under the key. */
  public static boolean has(String key) {
    return ZH.containsKey(key);
  }

  /**
   * The keys of a language's bundle ({@code zh} or {@code en}), for the test that keeps them in
   * step.
   */
  public static Set<String> keys(String language) {
    return ("en".equals(language) ? EN : ZH).keySet();
  }

  private static Map<String, String> load(String resource) {
    try (InputStream in = TimeMessages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new HashMap<>();
      p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
