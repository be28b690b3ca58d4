package io.github.gkml.io.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a text file whose encoding nobody declared: a byte-order mark decides; else the bytes are
 * read as UTF-8 if they are valid UTF-8, else as GB18030 (the superset of GBK and GB2312 that
 * Chinese Excel and Windows write) if valid. Binary data is refused.
 */
public final class TextDecoding {

  /** GB18030: reads GBK and GB2312 too. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoding() {}

  /**
   * The text of a file.
   *
   * @param forced the encoding to use, or {@code null} to detect it
   * @param kind what the file should be, for messages (e.g. {@code a CSV file})
   * @throws ReadProblem if the bytes are binary or in neither encoding
   */
  public static String decode(byte[] bytes, @Nullable Charset forced, String kind) {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, kind);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, kind);
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    if (forced != null) {
      return strict(bytes, forced.equals(StandardCharsets.UTF_8) ? start : 0, forced, kind);
    }
    if (isBinary(bytes)) {
      throw ReadProblem.of("binary data, not " + kind, null);
    }
    String utf8 = tryDecode(bytes, start, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return utf8;
    }
    int bad = firstNotUtf8(bytes, start);
    int line = lineOf(bytes, bad);
    if (hasUtf8TextBefore(bytes, start, bad)) {
      // UTF-8 text up to a line that is not: two encodings in one file. GB18030 would read it all
      // without an error — the UTF-8 lines as nonsense.
      throw new ReadProblem(
          null,
          line,
          0,
          "mixed encodings: line "
              + line
              + " is not UTF-8 though the lines before it are; save the file in one encoding, or"
              + " give it (gkml import --encoding)",
          null);
    }
    String gb = tryDecode(bytes, 0, GB18030);
    if (gb != null) {
      return gb;
    }
    throw new ReadProblem(
        null,
        line,
        0,
        "neither UTF-8 nor GB18030/GBK text (line "
            + line
            + " is not UTF-8); give the encoding (gkml import --encoding)",
        null);
  }

  /**
   * Whether a page's bytes are UTF-8 text, or carry a byte-order mark or a {@code charset} other
   * than UTF-8 that says how to read them.
   */
  public static boolean isUtf8OrDeclared(byte[] bytes) {
    if (bytes.length >= 2
        && (((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)
            || ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff))) {
      return true;
    }
    if (tryDecode(bytes, hasUtf8Bom(bytes) ? 3 : 0, StandardCharsets.UTF_8) != null) {
      return true;
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    Matcher charset = CHARSET.matcher(head);
    return charset.find() && !charset.group(1).replace("-", "").equals("utf8");
  }

  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([a-z0-9_-]+)");

  /** The offset of the first byte that is not UTF-8. */
  private static int firstNotUtf8(byte[] bytes, int start) {
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    return in.position();
  }

  /** The line (from 1) of a byte. */
  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Whether the lines before the one holding {@code offset} hold text beyond ASCII. */
  private static boolean hasUtf8TextBefore(byte[] bytes, int start, int offset) {
    int lineStart = offset;
    while (lineStart > start && bytes[lineStart - 1] != '\n') {
      lineStart--;
    }
    for (int i = start; i < lineStart; i++) {
      if (bytes[i] < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses binary data (NUL bytes, which no UTF-8, GB18030 or HTML text holds).
   *
   * @throws ReadProblem if the bytes are binary
   */
  public static void requireText(byte[] bytes, String kind) {
    boolean utf16 =
        bytes.length >= 2
            && (((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)
                || ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff));
    if (!utf16 && isBinary(bytes)) {
      throw ReadProblem.of("binary data, not " + kind, null);
    }
  }

  private static String strict(byte[] bytes, int start, Charset charset, String kind) {
    String text = tryDecode(bytes, start, charset);
    if (text == null) {
      throw ReadProblem.of(
          "not " + kind + " in " + charset.name() + ": the bytes do not decode", null);
    }
    return text;
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf;
  }

  /** NUL bytes never occur in UTF-8 or GB18030 text. */
  private static boolean isBinary(byte[] bytes) {
    int end = Math.min(bytes.length, 1 << 16);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String tryDecode(byte[] bytes, int start, Charset charset) {
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
