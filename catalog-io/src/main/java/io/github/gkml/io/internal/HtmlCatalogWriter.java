package io.github.gkml.io.internal;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Item;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a catalog as one self-contained HTML page: the title, the table in the national template
 * layout (two header rows with rowspan and colspan), the notes, then the tables 目录信息, 未涉及事项说明 and
 * 已退出事项. No script, nothing fetched.
 */
public final class HtmlCatalogWriter {

  private static final String STYLE =
      "body{font-family:\"Microsoft YaHei\",\"PingFang SC\",sans-serif;margin:2em}"
          + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #666;padding:4px 6px;"
          + "vertical-align:middle}th{background:#eee}td.mark{text-align:center}";

  private HtmlCatalogWriter() {}

  /** Writes the page; the writer is flushed, not closed. */
  public static void write(Catalog catalog, ChannelVocabulary vocabulary, Writer out)
      throws IOException {
    String title = escape(catalog.metadata().title());
    out.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    out.write(title + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n");
    out.write("<h1>" + title + "</h1>\n");
    TemplateLayout layout = TemplateLayout.of(List.of(catalog));
    table(catalog, layout, new CellValues(vocabulary), out);
    for (String note : catalog.notes()) {
      out.write("<p class=\"note\">" + escape(note) + "</p>\n");
    }
    for (SupplementRows.Section section : SupplementRows.sections(catalog)) {
      section(section.heading(), section.header(), section.rows(), out);
    }
    out.write("</body>\n</html>\n");
    out.flush();
  }

  private static void table(Catalog catalog, TemplateLayout layout, CellValues values, Writer out)
      throws IOException {
    List<TemplateColumn> columns = layout.columns();
    out.write("<table class=\"catalog\">\n<thead>\n<tr>");
    for (int c = 0; c < columns.size(); c++) {
      TemplateColumn column = columns.get(c);
      String group = column.group();
      if (group == null) {
        out.write("<th rowspan=\"2\">" + escape(column.label()) + "</th>");
      } else if (c == 0 || !group.equals(columns.get(c - 1).group())) {
        int span = 1;
        while (c + span < columns.size() && group.equals(columns.get(c + span).group())) {
          span++;
        }
        out.write("<th colspan=\"" + span + "\">" + escape(group) + "</th>");
      }
    }
    out.write("</tr>\n<tr>");
    for (TemplateColumn column : columns) {
      if (column.group() != null) {
        out.write("<th>" + escape(column.label()) + "</th>");
      }
    }
    out.write("</tr>\n</thead>\n<tbody>\n");
    for (Item item : catalog.items()) {
      out.write("<tr>");
      for (TemplateColumn column : columns) {
        out.write(column.isMark() ? "<td class=\"mark\">" : "<td>");
        out.write(escape(values.text(item, column)) + "</td>");
      }
      out.write("</tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  private static void section(
      String heading, List<String> header, List<List<String>> rows, Writer out) throws IOException {
    out.write("<h2>" + escape(heading) + "</h2>\n<table>\n<tr>");
    for (String cell : header) {
      out.write("<th>" + escape(cell) + "</th>");
    }
    out.write("</tr>\n");
    for (List<String> row : rows) {
      out.write("<tr>");
      for (String cell : row) {
        out.write("<td>" + escape(cell) + "</td>");
      }
      out.write("</tr>\n");
    }
    out.write("</table>\n");
  }

  /** HTML text: markup characters escaped, line breaks as {@code <br>}. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n' -> out.append("<br>");
        case '\r' -> {}
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
