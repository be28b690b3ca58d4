package io.github.gkml.io.internal;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Item;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a catalog as Markdown: the title as a heading, one pipe table with the template's columns
 * under one header row (全社会 | 特定群体 | 主动 | 依申请 | 县级 | 乡级 name the √ columns), the notes as
 * paragraphs, then 目录信息, 未涉及事项说明 and 已退出事项 as tables under their own headings. In cells, {@code |}
 * is written {@code \|} and a line break {@code <br>}.
 */
public final class MarkdownCatalogWriter {

  private static final Pattern LITERAL_BREAK =
      Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

  private MarkdownCatalogWriter() {}

  /** Writes the text; the writer is flushed, not closed. */
  public static void write(Catalog catalog, ChannelVocabulary vocabulary, Writer out)
      throws IOException {
    out.write("# " + paragraph(catalog.metadata().title()) + "\n\n");
    TemplateLayout layout = TemplateLayout.of(List.of(catalog));
    CellValues values = new CellValues(vocabulary);
    List<String> header = new ArrayList<>();
    layout.columns().forEach(c -> header.add(c.label()));
    List<List<String>> rows = new ArrayList<>();
    for (Item item : catalog.items()) {
      List<String> row = new ArrayList<>();
      layout.columns().forEach(c -> row.add(values.text(item, c)));
      rows.add(row);
    }
    table(header, rows, out);
    for (String note : catalog.notes()) {
      out.write(paragraph(note) + "\n\n");
    }
    for (SupplementRows.Section section : SupplementRows.sections(catalog)) {
      section(section.heading(), section.header(), section.rows(), out);
    }
    out.flush();
  }

  private static void section(
      String heading, List<String> header, List<List<String>> rows, Writer out) throws IOException {
    out.write("## " + heading + "\n\n");
    table(header, rows, out);
  }

  private static void table(List<String> header, List<List<String>> rows, Writer out)
      throws IOException {
    row(header, out);
    List<String> rule = new ArrayList<>();
    header.forEach(h -> rule.add("---"));
    row(rule, out);
    for (List<String> row : rows) {
      row(row, out);
    }
    out.write("\n");
  }

  private static void row(List<String> cells, Writer out) throws IOException {
    StringBuilder line = new StringBuilder("|");
    for (String cell : cells) {
      line.append(' ').append(cell(cell)).append(" |");
    }
    out.write(line.append('\n').toString());
  }

  /**
   * A cell: {@code \} and {@code |} escaped, a {@code <br>} written as text escaped ({@code
   * \<br>}), line breaks as {@code <br>}.
   */
  static String cell(String text) {
    return literalBreaks(text.replace("\\", "\\\\").replace("|", "\\|"))
        .replace("\r", "")
        .replace("\n", "<br>");
  }

  /**
   * A paragraph: a {@code <br>} written as text escaped, line breaks as {@code <br>}; a leading #
   * or | escaped.
   */
  static String paragraph(String text) {
    String line = literalBreaks(text).replace("\r", "").replace("\n", "<br>");
    return line.startsWith("#") || line.startsWith("|") ? "\\" + line : line;
  }

  /** {@code <br>} that is text, not a line break, as {@code \<br>} (a CommonMark escape). */
  private static String literalBreaks(String text) {
    return LITERAL_BREAK.matcher(text).replaceAll("\\\\$0");
  }
}
