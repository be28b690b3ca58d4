package io.github.gkml.validation.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.gkml.validation.AcceptanceFileException;
import java.io.IOException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A strict cursor over the tokens of one YAML document: refuses aliases, turns every parse error
 * into an {@link AcceptanceFileException} naming the file, line, column and the JSON pointer of the
 * value being read ({@link #at}), and reads scalars as the text written. Not thread-safe; one per
 * read.
 */
final class YamlCursor {

  private final YAMLParser parser;
  private final String source;
  private final int maxStringLength;
  private String here = "";

  YamlCursor(YAMLParser parser, String source, int maxStringLength) {
    this.parser = parser;
    this.source = source;
    this.maxStringLength = maxStringLength;
  }

  /** Sets the JSON pointer of what is being read, for errors. */
  void at(String pointer) {
    here = pointer;
  }

  /** The JSON pointer of what is being read. */
  String pointer() {
    return here;
  }

  /** The next token, or {@code null} at the end of the input. */
  @Nullable JsonToken next() throws AcceptanceFileException {
    try {
      JsonToken token = parser.nextToken();
      if (parser.isCurrentAlias()) {
        throw error(
            location(),
            "YAML aliases (*"
                + parser.getText()
                + ") are not supported in acceptance files; write the values out");
      }
      return token;
    } catch (AcceptanceFileException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw new AcceptanceFileException(
          source, line(e.getLocation()), column(e.getLocation()), pointerOrNull(), problem(e), e);
    } catch (IOException e) {
      throw new AcceptanceFileException(
          source, 0, 0, pointerOrNull(), "cannot read: " + e.getMessage(), e);
    }
  }

  /** Where the current token starts. */
  JsonLocation location() {
    return parser.currentTokenLocation();
  }

  /**
   * The name of the current field, which becomes the pointer's last step under {@code parent}.
   *
   * @throws AcceptanceFileException if {@code seen} already has it
   */
  String fieldName(Set<String> seen, String parent) throws AcceptanceFileException {
    String name;
    try {
      name = String.valueOf(parser.currentName());
    } catch (IOException e) {
      throw error(location(), "cannot read a field name: " + e.getMessage());
    }
    here = parent + "/" + name.replace("~", "~0").replace("/", "~1");
    if (!seen.add(name)) {
      throw error(location(), "duplicate field \"" + name + "\"");
    }
    return name;
  }

  /**
   * The current token as text as written — any scalar: a plain {@code 2023} or {@code yes} is the
   * text {@code 2023} or {@code yes} — or {@code null} for an empty value ({@code ~}, {@code
   * null}).
   *
   * @throws AcceptanceFileException for a list or mapping, or text over the length limit
   */
  @Nullable String text(String expected) throws AcceptanceFileException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == null || !token.isScalarValue()) {
      throw error(location(), "expected " + expected + ", found " + kind(token));
    }
    String text;
    try {
      text = parser.getText();
    } catch (IOException e) {
      throw error(location(), "cannot read " + expected + ": " + e.getMessage());
    }
    if (text.length() > maxStringLength) {
      throw error(
          location(),
          "a value of " + text.length() + " characters, more than the limit of " + maxStringLength);
    }
    return text;
  }

  /** An error at {@code at} (or nowhere in particular), naming the current pointer. */
  AcceptanceFileException error(@Nullable JsonLocation at, String problem) {
    return new AcceptanceFileException(
        source, line(at), column(at), pointerOrNull(), problem, null);
  }

  private @Nullable String pointerOrNull() {
    return here.isEmpty() ? null : here;
  }

  /** What a token is, in words: a list, a mapping, text, nothing … */
  static String kind(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the file";
    }
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "a mapping";
      case VALUE_NULL -> "nothing";
      case END_ARRAY, END_OBJECT -> "the end of the enclosing value";
      default -> "text";
    };
  }

  private static String problem(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException yaml) {
      String context = yaml.getContext();
      return "not well-formed YAML: "
          + (context == null ? "" : context.strip() + ": ")
          + String.valueOf(yaml.getProblem()).strip();
    }
    return firstLine(e.getOriginalMessage());
  }

  private static String firstLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "not well-formed YAML";
    }
    String text = message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }

  static int line(@Nullable JsonLocation at) {
    return at == null || at.getLineNr() < 0 ? 0 : at.getLineNr();
  }

  static int column(@Nullable JsonLocation at) {
    return at == null || at.getColumnNr() < 0 ? 0 : at.getColumnNr();
  }
}
