package io.github.gkml.validation.internal;

import org.jspecify.annotations.Nullable;

/**
 * Makes text safe for XML 1.0: characters XML cannot hold at all (control characters other than
 * tab, line feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF) become U+FFFD. The
 * stream writer escapes markup; it cannot escape these.
 */
final class XmlText {

  private static final char REPLACEMENT = '\uFFFD';

  private XmlText() {}

  static String clean(String text) {
    @Nullable StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = allowed(text, i, c);
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : REPLACEMENT);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean allowed(String text, int i, char c) {
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE);
  }
}
