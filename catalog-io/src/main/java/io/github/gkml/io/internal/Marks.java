package io.github.gkml.io.internal;

import io.github.gkml.model.TextFolding;
import java.util.Set;

/**
 * Reads a cell of a √ column (全社会, 主动, 县级 …): ticked (√ ✓ ✔ ● ■ ☑ 是 …), not ticked (blank, × 否 无 □
 * and the ? a broken page leaves in empty cells), or other text.
 */
enum Marks {
  /** Ticked. */
  TICKED,
  /** Not ticked. */
  EMPTY,
  /** Other text, e.g. the group a 特定群体（请写明） column names. */
  TEXT;

  private static final Set<String> TICKS =
      Set.of("√", "✓", "✔", "●", "■", "☑", "▲", "是", "V", "v", "Y", "y", "✅", "☒", "1");
  private static final Set<String> BLANKS =
      Set.of(
          "", "×", "✗", "✘", "否", "无", "□", "☐", "口", "?", "？", "-", "—", "/", "／", "0", "N", "n");

  /** What a cell of a √ column says. */
  static Marks of(String cell) {
    if (TICKS.contains(cell)) {
      return TICKED;
    }
    String text = TextFolding.compact(cell);
    if (TICKS.contains(text)) {
      return TICKED;
    }
    return BLANKS.contains(text) ? EMPTY : TEXT;
  }
}
