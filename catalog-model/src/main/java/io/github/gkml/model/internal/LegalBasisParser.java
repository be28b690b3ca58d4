package io.github.gkml.model.internal;

import io.github.gkml.model.DocumentNumber;
import io.github.gkml.model.LegalBasis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads 公开依据 citations: titles in 《》 and document numbers in their many spellings. */
public final class LegalBasisParser {

  private static final Pattern YEAR_NUMBER =
      Pattern.compile(
          "([\\p{IsHan}A-Za-z]{1,16}?)[〔\\[(【〖]((?:19|20)\\d{2})[〕\\])】〗]?第?(\\d{1,6})号");

  private static final Pattern ORDER_NUMBER =
      Pattern.compile("([\\p{IsHan}]{0,16}?令)第?([0-9" + ChineseNumerals.DIGITS + "]{1,8})号");

  private static final Pattern TITLE_SUFFIX =
      Pattern.compile(".*(法|条例|办法|规定|规则|细则|意见|通知|决定|方案|指引|标准|目录|指南|纲要|公告)");

  private static final String SEPARATORS = "、,，;；\n\r+●•▪◆";

  private LegalBasisParser() {}

  /** The canonical issuer spelling: 国令 and 中华人民共和国国务院令 are 国务院令. */
  public static String canonicalIssuer(String issuer) {
    String s = Texts.compact(issuer);
    if (s.startsWith("中华人民共和国") && s.length() > "中华人民共和国".length()) {
      s = s.substring("中华人民共和国".length());
    }
    return s.equals("国令") ? "国务院令" : s;
  }

  /** The first document number in the text. */
  public static Optional<DocumentNumber> findNumber(String text) {
    String s = Texts.compact(text);
    Matcher year = YEAR_NUMBER.matcher(s);
    Matcher order = ORDER_NUMBER.matcher(s);
    boolean hasYear = year.find();
    boolean hasOrder = order.find();
    if (hasOrder && (!hasYear || order.start() < year.start())) {
      OptionalInt serial = ChineseNumerals.value(order.group(2));
      if (serial.isPresent() && serial.getAsInt() > 0) {
        return Optional.of(new DocumentNumber(order.group(1), null, serial.getAsInt()));
      }
    }
    if (hasYear) {
      int serial = Integer.parseInt(year.group(3));
      if (serial > 0) {
        return Optional.of(
            new DocumentNumber(year.group(1), Integer.parseInt(year.group(2)), serial));
      }
    }
    return Optional.empty();
  }

  /** Reads one citation. */
  public static LegalBasis parse(String text) {
    String raw = text.strip();
    return new LegalBasis(raw, title(raw), findNumber(raw).orElse(null));
  }

  /** Splits a cell into citations and reads each. */
  public static List<LegalBasis> parseAll(String cell) {
    List<LegalBasis> result = new ArrayList<>();
    for (String part : split(cell)) {
      result.add(parse(part));
    }
    return List.copyOf(result);
  }

  private static List<String> split(String cell) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    char previous = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (depth == 0 && (SEPARATORS.indexOf(c) >= 0 || (c == '《' && closes(previous)))) {
        flush(parts, current);
        if (c != '《') {
          previous = c;
          continue;
        }
      }
      if (opens(c)) {
        depth++;
      } else if (closes(c) && depth > 0) {
        depth--;
      }
      current.append(c);
      if (!Character.isWhitespace(c)) {
        previous = c;
      }
    }
    flush(parts, current);
    return parts;
  }

  private static void flush(List<String> parts, StringBuilder current) {
    String part = stripBullet(current.toString().strip());
    if (!part.isEmpty()) {
      parts.add(part);
    }
    current.setLength(0);
  }

  private static boolean opens(char c) {
    return "《(（〔[【〈".indexOf(c) >= 0;
  }

  private static boolean closes(char c) {
    return "》)）〕]】〉".indexOf(c) >= 0;
  }

  /** Strips list markers: 1. 2、 (1) ① ●. */
  private static String stripBullet(String part) {
    return part.replaceFirst("^(?:\\d{1,2}[.、．]|[(（]\\d{1,2}[)）]|[①-⑳]|[●•▪◆·])\\s*", "").strip();
  }

  private static @Nullable String title(String raw) {
    int open = raw.indexOf('《');
    if (open >= 0) {
      int depth = 0;
      for (int i = open + 1; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == '《') {
          depth++;
        } else if (c == '》') {
          if (depth == 0) {
            return nonBlank(Texts.clean(raw.substring(open + 1, i)));
          }
          depth--;
        }
      }
      return nonBlank(Texts.clean(raw.substring(open + 1).replaceFirst("[(（].*$", "")));
    }
    String bare =
        Texts.clean(stripBullet(raw))
            .replaceFirst("[(（〔\\[][^)）〕\\]]*号[)）〕\\]]?$", "")
            .replaceFirst("(?:(?:及|等)(?:相关|有关)?(?:规定|文件|政策)?)$", "")
            .strip();
    return bare.length() >= 8 && TITLE_SUFFIX.matcher(bare).matches() ? bare : null;
  }

  private static @Nullable String nonBlank(String s) {
    return s.isBlank() ? null : s;
  }
}
