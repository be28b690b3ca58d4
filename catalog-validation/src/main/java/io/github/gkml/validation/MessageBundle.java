package io.github.gkml.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * 消息资源 — a pair of message bundles, Chinese ({@code zh_CN}, the default) and English, read as UTF-8
 * properties files {@code <base>.properties} and {@code <base>_en.properties}. The language is
 * chosen from the locale passed in — never from the JVM default — and templates use named {@code
 * {param}} placeholders only. A business system's own rules can keep their messages this way too,
 * and a {@link CatalogRule} hands its bundle to the engine with {@link CatalogRule#messages()}.
 *
 * <p>Immutable and thread-safe. Two bundles are equal when they hold the same templates.
 *
 * @since 0.1
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
   * The bundles {@code <base>.properties} (Chinese) and {@code <base>_en.properties}, opened by
   * {@code resources}. Pass {@code YourClass.class::getResourceAsStream} so that the files are read
   * from your own module.
   *
   * @throws NullPointerException naming the file if either is missing
   */
  public static MessageBundle load(Function<String, @Nullable InputStream> resources, String base) {
    return new MessageBundle(
        read(resources, base + ".properties"), read(resources, base + "_en.properties"));
  }

  /**
   * A bundle of templates given in code — for a rule written as one class: {@code
   * MessageBundle.of(Map.of("MY_RULE", "…{new}…"), Map.of("MY_RULE", "… {new} …"))}.
   *
   * @throws NullPointerException if a key or template is null
   */
  public static MessageBundle of(Map<String, String> chinese, Map<String, String> english) {
    return new MessageBundle(Map.copyOf(chinese), Map.copyOf(english));
  }

  /** The template for a key in the locale's language, if the bundle has it. */
  public Optional<String> template(String key, Locale locale) {
    return Optional.ofNullable((isEnglish(locale) ? english : chinese).get(key));
  }

  /** Every key of the Chinese bundle. */
  public Set<String> chineseKeys() {
    return chinese.keySet();
  }

  /** Every key of the English bundle. */
  public Set<String> englishKeys() {
    return english.keySet();
  }

  /** Whether the locale asks for English; every other locale gets Chinese. */
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
  public static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MessageBundle other
        && chinese.equals(other.chinese)
        && english.equals(other.english);
  }

  @Override
  public int hashCode() {
    return Objects.hash(chinese, english);
  }

  /** The number of templates in each language, e.g. {@code MessageBundle[zh=3, en=3]}. */
  @Override
  public String toString() {
    return "MessageBundle[zh=" + chinese.size() + ", en=" + english.size() + "]";
  }

  private static Map<String, String> read(
      Function<String, @Nullable InputStream> resources, String name) {
    Properties properties = new Properties();
    try (InputStream in = Objects.requireNonNull(resources.apply(name), name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> map = new HashMap<>();
    properties.forEach((k, v) -> map.put(String.valueOf(k), String.valueOf(v)));
    return Map.copyOf(map);
  }
}
