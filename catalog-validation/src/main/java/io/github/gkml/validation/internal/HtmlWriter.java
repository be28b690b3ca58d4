package io.github.gkml.validation.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes HTML to a {@link Writer}: tags from the renderer's own constants, text always escaped.
 * Class names and tag names are the caller's constants, never data.
 */
final class HtmlWriter {

  private final Writer out;

  HtmlWriter(Writer out) {
    this.out = out;
  }

  /** Markup written as is: only for the renderer's constants. */
  HtmlWriter raw(String markup) throws IOException {
    out.write(markup);
    return this;
  }

  /** Text, escaped. */
  HtmlWriter text(String text) throws IOException {
    out.write(escape(text));
    return this;
  }

  /** {@code <tag class="cls">}. */
  HtmlWriter open(String tag, String cls) throws IOException {
    out.write('<' + tag + " class=\"" + cls + "\">");
    return this;
  }

  /** {@code </tag>}. */
  HtmlWriter close(String tag) throws IOException {
    out.write("</" + tag + '>');
    return this;
  }

  /** {@code <tag class="cls">text</tag>}, the text escaped. */
  HtmlWriter element(String tag, String cls, String text) throws IOException {
    return open(tag, cls).text(text).close(tag);
  }

  /** Escapes {@code & < > " '} so that text cannot become markup, in content or attributes. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
