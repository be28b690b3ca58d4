package io.github.gkml.io.internal;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML element as a person sees it: runs of white space collapsed, {@code <br>} and
 * block elements ({@code <p>}, {@code <div>} …) starting new lines, lines trimmed, empty lines
 * dropped.
 */
final class HtmlText {

  static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "li",
          "ul",
          "ol",
          "tr",
          "table",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "section",
          "article",
          "header",
          "footer",
          "center",
          "blockquote",
          "pre",
          "dd",
          "dt",
          "dl",
          "caption",
          "form",
          "main",
          "nav",
          "aside",
          "address",
          "hr",
          "tbody",
          "thead");

  static final Set<String> SKIPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "select",
          "option",
          "button",
          "input",
          "textarea",
          "iframe",
          "svg",
          "object",
          "embed",
          "head");

  private HtmlText() {}

  /** The text of an element, lines separated by {@code \n}. */
  static String of(Element element) {
    StringBuilder out = new StringBuilder();
    append(element, out);
    return lines(out);
  }

  private static void append(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        out.append(text.getWholeText());
      } else if (child instanceof Element element) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
          continue;
        }
        if (tag.equals("br")) {
          out.append('\n');
        } else if (BLOCKS.contains(tag) || tag.equals("td") || tag.equals("th")) {
          out.append('\n');
          append(element, out);
          out.append('\n');
        } else {
          append(element, out);
        }
      }
    }
  }

  /**
   * HTML's white space (and the no-break space pages use for layout); not U+3000, the ideographic
   * space, which is text in a Chinese page and is kept.
   */
  private static boolean isHtmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\u000b' || c == '\u00a0';
  }

  /** Collapses white space inside lines, trims them and drops empty ones. */
  static String lines(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    StringBuilder line = new StringBuilder();
    for (int i = 0; i <= raw.length(); i++) {
      char c = i < raw.length() ? raw.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        String done = line.toString().strip();
        if (!done.isEmpty()) {
          if (out.length() > 0) {
            out.append('\n');
          }
          out.append(done);
        }
        line.setLength(0);
      } else if (isHtmlSpace(c)) {
        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else {
        line.append(c);
      }
    }
    return out.toString();
  }
}
