package io.github.gkml.model.internal;

import java.time.Month;
import java.time.MonthDay;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A fixed day of the year a periodic item is due by: 每年1月31日前, 每年3月底前, 次年一月三十一日前, 每年年底前. A date
 * with no yearly word (2023年6月30日前) is a one-off and not read here.
 */
final class YearlyDate {

  private static final String NUMBER = "([0-9]{1,2}|[一二三四五六七八九十]{1,3})";

  private static final Pattern DATE =
      Pattern.compile(
          "(?<![0-9])"
              + NUMBER
              + "月份?(?:"
              + NUMBER
              + "[日号]|(底|末))(?:之前|以前|前|止)|年(?:底|末)(?:之前|以前|前)");

  private static final Pattern YEARLY = Pattern.compile("每一?年|次年|翌年|年度|上年|按年");

  private YearlyDate() {}

  /** The yearly due date in {@code text[from, to)}, or {@code null}. */
  static @Nullable Hit find(String text, int from, int to) {
    Matcher yearly = YEARLY.matcher(text).region(from, to);
    if (!yearly.find()) {
      return null;
    }
    Matcher m = DATE.matcher(text).region(from, to);
    while (m.find()) {
      MonthDay day = m.group(1) == null ? MonthDay.of(Month.DECEMBER, 31) : monthDay(m);
      if (day != null && yearly.start() < m.end()) {
        return new Hit(m.start(), day);
      }
    }
    return null;
  }

  private static @Nullable MonthDay monthDay(Matcher m) {
    OptionalInt month = ChineseNumerals.value(m.group(1));
    if (month.isEmpty() || month.getAsInt() < 1 || month.getAsInt() > 12) {
      return null;
    }
    Month mon = Month.of(month.getAsInt());
    if (m.group(3) != null) {
      return MonthDay.of(mon, mon.maxLength());
    }
    OptionalInt day = ChineseNumerals.value(m.group(2));
    if (day.isEmpty() || day.getAsInt() < 1 || day.getAsInt() > mon.maxLength()) {
      return null;
    }
    return MonthDay.of(mon, day.getAsInt());
  }

  /**
   * A yearly due date.
   *
   * @param start where the date's words start
   * @param dueBy the day
   */
  record Hit(int start, MonthDay dueBy) {}
}
