package io.github.gkml.model.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;

/**
 * Text folding for the spellings real catalogs use: full-width forms, traditional characters, stray
 * spaces and line breaks inside a cell.
 */
public final class Texts {

  /** Simplified characters by char; a char that is not traditional maps to itself. 128 KiB. */
  private static final char[] SIMPLIFIED = loadSimplified();

  private Texts() {}

  /**
   * Folds text for matching: NFKC (full-width digits and punctuation become ASCII), traditional
   * characters become simplified, and all whitespace — including the ideographic space and line
   * breaks — is removed.
   */
  public static String compact(CharSequence text) {
    String fast = FastFolding.compact(text);
    return fast != null ? fast : normalizedCompact(text);
  }

  /** {@link #compact} the long way: the whole text through NFKC, then one char at a time. */
  static String normalizedCompact(CharSequence text) {
    // Most cells are already in NFKC; checking is much cheaper than normalising.
    String nfkc =
        Normalizer.isNormalized(text, Normalizer.Form.NFKC)
            ? text.toString()
            : Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (isDropped(c)) {
        continue;
      }
      out.append(simplified(c));
    }
    return out.toString();
  }

  /** Whether {@link #compact} drops the (already normalised) char: whitespace of any kind. */
  static boolean isDropped(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  /**
   * A matching key: {@link #compact} plus the quotation marks and title brackets that tables write
   * in many ways (《》〈〉“”‘’「」『』"') removed, and the Chinese enumeration comma 、 and other separators
   * unified to {@code ,}.
   */
  public static String key(CharSequence text) {
    String compact = compact(text);
    int first = 0;
    while (first < compact.length() && !isKeyPunctuation(compact.charAt(first))) {
      first++;
    }
    if (first == compact.length()) {
      return compact; // the common case: nothing to drop or unify
    }
    StringBuilder out = new StringBuilder(compact.length());
    out.append(compact, 0, first);
    for (int i = first; i < compact.length(); i++) {
      char c = compact.charAt(i);
      switch (c) {
        case '《', '》', '〈', '〉', '“', '”', '‘', '’', '「', '」', '『', '』', '"', '\'' -> {}
        case '、', ';', '，', '﹐' -> out.append(',');
        case '〔', '【', '[' -> out.append('(');
        case '〕', '】', ']' -> out.append(')');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isKeyPunctuation(char c) {
    return switch (c) {
      case '《',
          '》',
          '〈',
          '〉',
          '“',
          '”',
          '‘',
          '’',
          '「',
          '」',
          '『',
          '』',
          '"',
          '\'',
          '、',
          ';',
          '，',
          '﹐',
          '〔',
          '【',
          '[',
          '〕',
          '】',
          ']' ->
          true;
      default -> false;
    };
  }

  /** Trims, and collapses runs of whitespace (line breaks included) into one ASCII space. */
  public static String clean(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the text is empty or only whitespace. */
  public static boolean isBlank(CharSequence text) {
    return clean(text).isEmpty();
  }

  static char simplified(char c) {
    return SIMPLIFIED[c];
  }

  /** Every char mapped to itself, but the traditional characters to their simplified ones. */
  private static char[] loadSimplified() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
    }
    try (InputStream in =
            Objects.requireNonNull(
                Texts.class.getResourceAsStream("traditional-to-simplified.txt"),
                "traditional-to-simplified.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.length() == 2 && !line.startsWith("#")) {
          table[line.charAt(0)] = line.charAt(1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }
}
