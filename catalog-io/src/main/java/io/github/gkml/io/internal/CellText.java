package io.github.gkml.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a cell's text is read, as real catalogs write it:
 *
 * <ul>
 *   <li>a <b>name</b> or <b>phrase</b> (事项名称, 公开时限) is one value: line breaks and spaces between
 *       Chinese characters are layout (政策\n法规\n文件, 制 定 或 获 取) and are removed;
 *   <li>a <b>list</b> (公开内容, 公开主体, 公开依据) is split: on bullets (●, •, ▪ …) or numbering (1. 2. 3.,
 *       (1), ①) when the cell starts with one; else on 、，,;； outside brackets, line breaks then
 *       being layout; else, when there is no separator at all, on line breaks.
 * </ul>
 *
 * <p>{@link #join} writes a list so that {@link #list} reads it back unchanged.
 */
public final class CellText {

  /** Bullets that start list entries. */
  static final String BULLETS = "●•▪◆◇·○〇";

  private static final String SEPARATORS = "、,，;；";
  private static final String OPENERS = "《〈(（[【〔「『“";
  private static final String CLOSERS = "》〉)）]】〕」』”";
  private static final String TRAILING = "。.;；,，、";
  private static final Pattern LINES = Pattern.compile("\\R");
  private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
  private static final Pattern NUMBERING =
      Pattern.compile("(?<![0-9A-Za-z.])(\\d{1,2})[.．、](?![0-9])|[(（](\\d{1,2})[)）]|([①-⑳])");

  private CellText() {}

  /** A name or phrase: lines joined, spaces between Chinese characters removed, trimmed. */
  public static String name(String text) {
    return squeezeHan(joinLines(text)).strip();
  }

  /**
   * A list cell's entries: lines joined as in {@link #name}, but spaces inside a line kept (one
   * where there were several: 《民政部 财政部关于…》); empty entries dropped.
   */
  public static List<String> list(String text) {
    return entries(text, true);
  }

  /** A list cell's entries kept as written but trimmed and with line breaks joined (citations). */
  public static List<String> rawList(String text) {
    return entries(text, false);
  }

  /**
   * A list as one cell that {@link #list} reads back: entries joined with 、 when none holds a
   * separator, a bullet or a line break; else one entry a line, each after ●.
   */
  public static String join(List<String> entries) {
    boolean plain = true;
    for (String entry : entries) {
      plain &= isPlain(entry);
    }
    if (plain) {
      return String.join("、", entries);
    }
    StringBuilder out = new StringBuilder();
    for (String entry : entries) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append('●').append(entry);
    }
    return out.toString();
  }

  private static boolean isPlain(String entry) {
    if (entry.isEmpty() || !entry.equals(entry.strip()) || hasTopLevelSeparator(entry)) {
      return false;
    }
    if (TRAILING.indexOf(entry.charAt(entry.length() - 1)) >= 0) {
      return false;
    }
    for (int i = 0; i < entry.length(); i++) {
      char c = entry.charAt(i);
      if (c == '\n' || c == '\r' || BULLETS.indexOf(c) >= 0) {
        return false;
      }
    }
    Matcher m = NUMBERING.matcher(entry);
    return !(m.find() && m.start() == 0);
  }

  private static List<String> entries(String text, boolean asNames) {
    String trimmed = text.strip();
    List<String> parts;
    if (trimmed.isEmpty()) {
      return List.of();
    } else if (BULLETS.indexOf(trimmed.charAt(0)) >= 0) {
      parts = splitOn(trimmed, BULLETS);
    } else if (startsNumbered(trimmed)) {
      parts = numbered(trimmed);
    } else if (hasTopLevelSeparator(trimmed)) {
      parts = splitOn(joinLines(trimmed), SEPARATORS);
    } else {
      parts = LINES.splitAsStream(trimmed).toList();
    }
    List<String> result = new ArrayList<>(parts.size());
    for (String part : parts) {
      String joined = joinLines(part).strip();
      String entry = stripTrailing(asNames ? SPACES.matcher(joined).replaceAll(" ") : joined);
      if (!entry.isEmpty()) {
        result.add(entry);
      }
    }
    return result;
  }

  /** Whether a 1. (or (1), ①) starts the cell or one of its lines. */
  private static boolean startsNumbered(String text) {
    Matcher m = NUMBERING.matcher(text);
    while (m.find()) {
      boolean lineStart = m.start() == 0 || text.charAt(m.start() - 1) == '\n';
      if (lineStart && number(m) == 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits at 1. 2. 3. (or (1) (2), ① ②) in sequence, wherever they stand; text before the 1. is an
   * entry of its own (在拟征收土地前，应…公开 / 1.拟征收土地用途 …).
   */
  private static List<String> numbered(String text) {
    List<String> parts = new ArrayList<>();
    Matcher m = NUMBERING.matcher(text);
    int expected = 1;
    int start = 0;
    while (m.find()) {
      if (number(m) == expected) {
        parts.add(text.substring(start, m.start()));
        start = m.end();
        expected++;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static int number(Matcher m) {
    if (m.group(3) != null) {
      return m.group(3).charAt(0) - '①' + 1;
    }
    return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /** Whether the text has a separator outside brackets (《》, (), 【】 …). */
  static boolean hasTopLevelSeparator(String text) {
    return splitOn(text, SEPARATORS).size() > 1;
  }

  /**
   * Splits at any of {@code separators} outside brackets; bracket depth restarts at each line (a
   * bracket a table never closes must not swallow the rest of the cell).
   */
  static List<String> splitOn(String text, String separators) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        depth = 0;
      } else if (OPENERS.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSERS.indexOf(c) >= 0 && depth > 0) {
        depth--;
      }
      if (depth == 0 && separators.indexOf(c) >= 0) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    parts.removeIf(p -> p.isBlank());
    return parts;
  }

  /** Joins lines: without a space between two non-ASCII characters, with one otherwise. */
  static String joinLines(String text) {
    List<String> lines = LINES.splitAsStream(text).toList();
    StringBuilder out = new StringBuilder(text.length());
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (out.length() > 0 && needsSpace(out.charAt(out.length() - 1), line.charAt(0))) {
        out.append(' ');
      }
      out.append(line);
    }
    return out.toString();
  }

  private static boolean needsSpace(char before, char after) {
    return isAsciiWord(before) && isAsciiWord(after);
  }

  private static boolean isAsciiWord(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  /**
   * Removes white space (the ideographic space included) that stands between two Han characters.
   */
  static String squeezeHan(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        int end = i;
        while (end < text.length() && isSpace(text.charAt(end))) {
          end++;
        }
        boolean between =
            out.length() > 0
                && end < text.length()
                && isHanLike(out.charAt(out.length() - 1))
                && isHanLike(text.charAt(end));
        if (!between) {
          out.append(' ');
        }
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Han characters and the full-width punctuation that sits between them. */
  static boolean isHanLike(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= '\u3000' && c <= '\u303f')
        || (c >= '\uff00' && c <= '\uffef')
        || OPENERS.indexOf(c) >= 0
        || CLOSERS.indexOf(c) >= 0;
  }

  private static String stripTrailing(String entry) {
    int end = entry.length();
    while (end > 0 && TRAILING.indexOf(entry.charAt(end - 1)) >= 0) {
      end--;
    }
    return entry.substring(0, end).strip();
  }
}
