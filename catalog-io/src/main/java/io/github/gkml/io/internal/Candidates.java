package io.github.gkml.io.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Remembers, among the tables that are not catalogs, the row that looks most like a header, so that
 * a file without a catalog table is refused with the headers it does have.
 */
final class Candidates {

  /** The header words a catalog table is recognised by. */
  static final String EXPECTED =
      "序号, 一级事项, 二级事项, 公开内容（要素）, 公开依据, 公开时限, 公开主体, 公开渠道和载体, 公开对象（全社会/特定群体）,"
          + " 公开方式（主动/依申请）, 公开层级（县级/乡级 …）";

  private static final int SCAN_ROWS = 10;

  private int tables;
  private int bestWords = -1;
  private int bestCells;
  private @Nullable String bestSheet;
  private int bestRow;
  private List<String> bestTexts = List.of();

  /** Considers the first rows of a table that is not a catalog. */
  void consider(Grid grid) {
    tables++;
    List<GridRow> rows = grid.rows();
    for (int i = 0; i < Math.min(rows.size(), SCAN_ROWS); i++) {
      GridRow row = rows.get(i);
      int words = HeaderFinder.words(row);
      List<String> texts = texts(row);
      if (words > bestWords || (words == bestWords && texts.size() > bestCells)) {
        bestWords = words;
        bestCells = texts.size();
        bestSheet = grid.sheet();
        bestRow = row.number();
        bestTexts = texts;
      }
    }
  }

  /** The problem: no catalog table, and the most header-like row found. */
  ReadProblem noCatalog() {
    if (tables == 0 || bestTexts.isEmpty()) {
      return ReadProblem.of(
          "no table found"
              + (tables == 0 ? "" : " with text")
              + "; expected a catalog table with the headers "
              + EXPECTED,
          null);
    }
    return new ReadProblem(
        bestSheet,
        bestRow,
        0,
        "no catalog header recognised; the most header-like row holds "
            + String.join(" | ", bestTexts)
            + "; expected at least three of "
            + EXPECTED
            + " (docs/tables.md lists every spelling read)",
        null);
  }

  private static List<String> texts(GridRow row) {
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < row.width(); c++) {
      if (row.isOwn(c)) {
        texts.add(CellText.name(row.text(c)));
      }
    }
    return texts.size() > 20 ? texts.subList(0, 20) : texts;
  }
}
