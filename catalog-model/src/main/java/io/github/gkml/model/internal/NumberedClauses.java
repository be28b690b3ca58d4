package io.github.gkml.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A cell written as a numbered list — 1.…;2.…, (1)…(2)…, ①…②…, 一、…二、… — split into its items. The
 * list must start the cell with 1, and each further marker must carry the next number, stand at the
 * top level and not continue a number (12., 2.5), so a number inside a sentence rarely splits it.
 */
final class NumberedClauses {

  private static final Pattern MARKER =
      Pattern.compile("([0-9]{1,2})[.、)](?![0-9])|\\(([0-9]{1,2})\\)|([一二三四五六七八九十])、");

  private NumberedClauses() {}

  /**
   * The items of a numbered cell, each without its marker, or {@code null} if the cell is not a
   * numbered list.
   */
  static @Nullable List<Fragment> split(Fragment cell) {
    String text = cell.text();
    Matcher m = MARKER.matcher(text);
    if (!m.lookingAt() || number(m) != 1) {
      return null;
    }
    List<int[]> markers = new ArrayList<>();
    markers.add(new int[] {0, m.end()});
    boolean[] inside = Brackets.of(cell).inside();
    for (int i = m.end(); i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i - 1))
          && !inside[i]
          && m.region(i, text.length()).lookingAt()
          && number(m) == markers.size() + 1) {
        markers.add(new int[] {i, m.end()});
      }
    }
    return items(cell, markers);
  }

  private static List<Fragment> items(Fragment cell, List<int[]> markers) {
    List<Fragment> items = new ArrayList<>();
    for (int k = 0; k < markers.size(); k++) {
      int end = k + 1 < markers.size() ? markers.get(k + 1)[0] : cell.length();
      items.add(cell.slice(markers.get(k)[1], end));
    }
    return items;
  }

  private static int number(Matcher m) {
    for (int g = 1; g <= 3; g++) {
      String digits = m.group(g);
      if (digits != null) {
        OptionalInt value = ChineseNumerals.value(digits);
        return value.orElse(-1);
      }
    }
    return -1;
  }
}
