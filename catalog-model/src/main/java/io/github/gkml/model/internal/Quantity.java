package io.github.gkml.model.internal;

import io.github.gkml.model.PeriodUnit;
import io.github.gkml.model.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A number with a unit in folded text — 20个工作日, 二十日, 15天, 3个月, 24小时, 一周 — and where it stands.
 *
 * @param start the folded index of the number
 * @param end one past the unit
 * @param span the amount and unit; weeks are counted as 7 calendar days
 */
record Quantity(int start, int end, TimeSpan span) {

  private static final String NUMERAL = "零〇一二两三四五六七八九十百千";

  /**
   * A number (at most six digits, so it always fits an int) and a unit. The look-behinds keep the
   * tail of a longer number, and the day of a date (1月31日, 十二月三十一日), from being read as an amount;
   * 每月5个工作日 still has one. A bare 月 is a month of the year (3月底), so months need 个 (3个月).
   */
  private static final Pattern QUANTITY =
      Pattern.compile(
          "(?<![0-9"
              + NUMERAL
              + "])(?<![0-9"
              + NUMERAL
              + "]月)([0-9]{1,6}|["
              + NUMERAL
              + "]{1,6})(个)?(工作日|工作天|自然日|日历日|小时|钟头|星期|礼拜|周(?!年)|天|日|月)");

  private static final int DAYS_PER_WEEK = 7;

  /** Every quantity in the text, left to right. */
  static List<Quantity> findAll(String text) {
    List<Quantity> found = new ArrayList<>();
    Matcher m = QUANTITY.matcher(text);
    while (m.find()) {
      Quantity q = of(m);
      if (q != null) {
        found.add(q);
      }
    }
    return found;
  }

  private static @Nullable Quantity of(Matcher m) {
    OptionalInt amount = ChineseNumerals.value(m.group(1));
    String unit = m.group(3);
    if (amount.isEmpty() || (unit.equals("月") && m.group(2) == null)) {
      return null;
    }
    int n = amount.getAsInt();
    TimeSpan span =
        switch (unit) {
          case "工作日", "工作天" -> TimeSpan.of(n, PeriodUnit.WORKING_DAYS);
          case "小时", "钟头" -> TimeSpan.of(n, PeriodUnit.HOURS);
          case "月" -> TimeSpan.of(n, PeriodUnit.MONTHS);
          case "星期", "礼拜", "周" -> TimeSpan.of(n * DAYS_PER_WEEK, PeriodUnit.CALENDAR_DAYS);
          default -> TimeSpan.of(n, PeriodUnit.CALENDAR_DAYS);
        };
    return new Quantity(m.start(), m.end(), span);
  }
}
