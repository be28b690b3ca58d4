package io.github.gkml.model.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.gkml.model.CatalogFormatException;
import java.io.CharConversionException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns what Jackson and SnakeYAML report into one clear {@link CatalogFormatException}: the file,
 * line and column, JSON pointer, and what was expected — in words a catalog editor understands, not
 * Java type names.
 */
final class FormatErrors {

  private static final Pattern TOKEN = Pattern.compile("token `JsonToken\\.([A-Z_]+)`");

  /** Jackson's message for a {@code StreamReadConstraints} limit. */
  private static final Pattern LIMIT =
      Pattern.compile(
          "^(\\w+ value length|Document nesting depth) \\((\\d+)\\) exceeds the maximum allowed"
              + " \\((\\d+), from `StreamReadConstraints\\.(\\w+)\\(\\)`\\)");

  private static final Map<String, String> LIMIT_SETTINGS =
      Map.of(
          "getMaxStringLength", "maxStringLength",
          "getMaxNumberLength", "maxNumberLength",
          "getMaxNestingDepth", "maxNestingDepth",
          "getMaxNameLength", "maxStringLength");

  private FormatErrors() {}

  /**
   * The error for what Jackson threw. Where the error has a JSON pointer, the location is that of
   * the offending value as {@code locator} finds it (Jackson reports where it stopped reading,
   * which is often the next line).
   */
  static CatalogFormatException from(
      String source,
      JsonProcessingException e,
      Function<String, @Nullable JsonLocation> locator,
      Supplier<@Nullable JsonLocation> failure) {
    String pointer = e instanceof JsonMappingException m ? pointer(m.getPath()) : null;
    JsonLocation location = pointer == null ? null : locator.apply(pointer);
    if (location == null) {
      location = e.getLocation();
    }
    if (location == null && e.getProcessor() instanceof JsonParser parser) {
      location = parser.currentLocation();
    }
    if (location == null) {
      // Jackson reports some errors (a number beyond the limit) without a location.
      location = failure.get();
    }
    if (isEndOfInput(e)) {
      return new CatalogFormatException(
          source, 0, 0, null, "the file is empty; expected a catalog (format: gkml-catalog/1)", e);
    }
    return new CatalogFormatException(
        source, line(location), column(location), pointer, problem(e), e);
  }

  private static boolean isEndOfInput(JsonProcessingException e) {
    return e instanceof MismatchedInputException
        && String.valueOf(e.getOriginalMessage()).startsWith("No content to map");
  }

  static CatalogFormatException at(
      String source, @Nullable JsonLocation location, @Nullable String pointer, String problem) {
    return new CatalogFormatException(
        source, line(location), column(location), pointer, problem, null);
  }

  private static String problem(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      TreeSet<String> known = new TreeSet<>();
      if (u.getKnownPropertyIds() != null) {
        u.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
      }
      return "unknown field \""
          + u.getPropertyName()
          + "\"; expected one of: "
          + String.join(", ", known)
          + " (put columns of your own under extensions)";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected " + describe(m.getTargetType()) + ", found " + found(m);
    }
    if (e instanceof StreamConstraintsException
        || e.getCause() instanceof StreamConstraintsException) {
      return limit(firstLine(e.getOriginalMessage()));
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException yaml) {
        return yamlSyntax(yaml);
      }
    }
    if (e.getCause() instanceof CharConversionException chars) {
      return "not UTF-8 text: " + firstLine(chars.getMessage());
    }
    return withoutJavaNames(firstLine(e.getOriginalMessage()));
  }

  /** Jackson's words for a read limit, naming the {@code ReadLimits} setting instead of its own. */
  private static String limit(String message) {
    Matcher m = LIMIT.matcher(message);
    if (!m.find()) {
      return "input exceeds a read limit: " + message;
    }
    String setting = LIMIT_SETTINGS.getOrDefault(m.group(4), m.group(4));
    String what =
        switch (setting) {
          case "maxNumberLength" -> "a number of " + m.group(2) + " digits";
          case "maxNestingDepth" -> "nesting " + m.group(2) + " levels deep";
          default -> "a text value of " + m.group(2) + " characters";
        };
    return what + ", more than the limit of " + m.group(3) + " (ReadLimits." + setting + ")";
  }

  /** SnakeYAML's context and problem ("while parsing a flow sequence: expected ',' or ']' …"). */
  private static String yamlSyntax(MarkedYAMLException e) {
    String context = e.getContext();
    String problem = e.getProblem();
    if (context == null || context.isBlank()) {
      return firstLine(problem);
    }
    return problem == null || problem.isBlank()
        ? firstLine(context)
        : firstLine(context) + ": " + firstLine(problem);
  }

  /** Drops a leading Java class name ("java.io.IOException: …"), which says nothing to a reader. */
  private static String withoutJavaNames(String message) {
    return message.replaceFirst("^(?:[a-z]+\\.)+[A-Z][A-Za-z]*(?:Exception|Error): ", "");
  }

  private static String describe(Class<?> type) {
    if (type == String.class) {
      return "a text value";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a mapping of names to text";
    }
    if (type == int.class || type == Integer.class) {
      return "a whole number";
    }
    if (type == CatalogDocument.class) {
      return "a catalog (an object with format, domain, title and items)";
    }
    if (type == CatalogDocument.ItemDocument.class) {
      return "an item (an object with at least a path)";
    }
    return "an object";
  }

  private static String found(MismatchedInputException e) {
    JsonToken token = null;
    Matcher named = TOKEN.matcher(String.valueOf(e.getOriginalMessage()));
    if (named.find()) {
      token = JsonToken.valueOf(named.group(1));
    } else if (e.getProcessor() instanceof JsonParser parser) {
      token = parser.currentToken();
    }
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  private static @Nullable String pointer(List<JsonMappingException.Reference> path) {
    if (path.isEmpty()) {
      return null;
    }
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      pointer.append('/');
      if (ref.getFieldName() != null) {
        pointer.append(JsonPointers.escape(ref.getFieldName()));
      } else {
        pointer.append(ref.getIndex());
      }
    }
    return pointer.toString();
  }

  private static String firstLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "not a well-formed catalog file";
    }
    String line = message.strip();
    int newline = line.indexOf('\n');
    return newline < 0 ? line : line.substring(0, newline).strip();
  }

  private static int line(@Nullable JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? 0 : location.getLineNr();
  }

  private static int column(@Nullable JsonLocation location) {
    return location == null || location.getColumnNr() < 0 ? 0 : location.getColumnNr();
  }
}
