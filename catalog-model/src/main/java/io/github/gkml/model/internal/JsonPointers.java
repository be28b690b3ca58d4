package io.github.gkml.model.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** JSON pointers: escaping, and finding where in a document a pointer's value starts. */
public final class JsonPointers {

  private JsonPointers() {}

  /** Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Where the value at {@code pointer} starts in the document, by streaming over its tokens once.
   * Empty when the pointer is not in the document or the document cannot be read that far.
   */
  public static Optional<JsonLocation> locate(
      JsonFactory factory, byte[] document, String pointer) {
    try (JsonParser parser = factory.createParser(document)) {
      Deque<Frame> frames = new ArrayDeque<>();
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME) {
          frames.peek().key = parser.currentName();
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          frames.pop();
          continue;
        }
        Frame parent = frames.peek();
        if (parent != null && parent.array) {
          parent.index++;
        }
        String here = pointerOf(frames);
        if (here.equals(pointer)) {
          return Optional.of(parser.currentTokenLocation());
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          frames.push(new Frame(here, token == JsonToken.START_ARRAY));
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static String pointerOf(Deque<Frame> frames) {
    Frame parent = frames.peek();
    if (parent == null) {
      return "";
    }
    return parent.pointer
        + "/"
        + (parent.array ? Integer.toString(parent.index) : escape(String.valueOf(parent.key)));
  }

  /** One open object or array. */
  private static final class Frame {
    final String pointer;
    final boolean array;
    int index = -1;
    String key = "";

    Frame(String pointer, boolean array) {
      this.pointer = pointer;
      this.array = array;
    }
  }
}
