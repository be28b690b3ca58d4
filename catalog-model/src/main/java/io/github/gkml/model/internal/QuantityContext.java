package io.github.gkml.model.internal;

import io.github.gkml.model.Frequency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the words around a {@link Quantity} make of it: a deadline (20个工作日内), a display period
 * (公示7天, 公示期不少于30日), an extension (可延长7个工作日), a lead time (7个工作日前, 提前一周), a custom interval
 * (每20个工作日) or an offset after a period (季度结束后15日内).
 *
 * <p>The words before a quantity are matched against its last {@value #TAIL} characters only, so
 * each test costs a constant.
 */
final class QuantityContext {

  private static final int TAIL = 16;

  private static final Pattern LEAD_AFTER = Pattern.compile("^(?:以|之)?前");
  private static final Pattern LEAD_BEFORE = Pattern.compile("提前$");
  private static final Pattern WITHIN_AFTER = Pattern.compile("^(?:以|之)?内");
  private static final Pattern EXTENSION_BEFORE = Pattern.compile("延长|延期");
  private static final Pattern MINIMUM_BEFORE = Pattern.compile("(?:不少于|不得少于|不低于|不短于|至少|最少)$");
  private static final Pattern DISPLAY_BEFORE =
      Pattern.compile(
          "(?:公示|公告|张贴|展示|公开(?=期|时长|时间))(?:期|期限|时间|时长|日期)?(?:应为|为|是)?(?:不少于|不得少于|不低于|不短于|至少|最少)?$");
  private static final Pattern INTERVAL_BEFORE = Pattern.compile("(?:每隔|每满|每)$");
  private static final Pattern ONCE_AFTER = Pattern.compile("^(?:至少|最少)?[1一]次");

  /**
   * 季度结束后, 每月后, 年度终了后, 每月前: a period named with 每/按/次 may omit 后 (每月5个工作日内); one named without them
   * must say 季度/年度/半年/月度 and 后 (季度结束后15日内), so that 出生后一个月 is no offset.
   */
  private static final Pattern OFFSET_BEFORE =
      Pattern.compile(
          "(?:(?:每个?|按|次|各)(?<any>季度|半年|年度|月度|季|月|年|周)(?:结束|终了|届满|末)?(?:之后|以后|后|前)?"
              + "|(?<long>季度|半年|年度|月度)(?:结束|终了|届满|末)?(?:之后|以后|后))的?$");

  /**
   * What may follow a deadline before the next one starts: 内予以公开, 以内发布. Not 公示 or 公告, which open
   * the display period that may come next (…内公开公示7天).
   */
  private static final Pattern REGION_TAIL =
      Pattern.compile("^(?:以内|之内|内)?(?:予以|及时)?(?:公开|公布|发布|更新)?");

  private QuantityContext() {}

  /** Whether the quantity is a lead time before an event rather than a deadline after one. */
  static boolean isLead(String before, String after) {
    return LEAD_AFTER.matcher(after).find() || LEAD_BEFORE.matcher(tail(before)).find();
  }

  /** Whether the quantity extends the deadline before it. */
  static boolean isExtension(String before) {
    return EXTENSION_BEFORE.matcher(before).find();
  }

  /** Whether the quantity is how long something stays displayed. */
  static boolean isDisplay(String before, String after) {
    String tail = tail(before);
    if (MINIMUM_BEFORE.matcher(tail).find()) {
      return true;
    }
    return DISPLAY_BEFORE.matcher(tail).find() && !WITHIN_AFTER.matcher(after).find();
  }

  /**
   * Where the words of an interval start — 每 in 每20个工作日更新, the quantity itself in 两周一次 — relative
   * to {@code before}, or -1 if the quantity is no interval.
   */
  static int interval(String before, String after) {
    if (ONCE_AFTER.matcher(after).find()) {
      return before.length();
    }
    String tail = tail(before);
    Matcher m = INTERVAL_BEFORE.matcher(tail);
    return m.find() ? before.length() - tail.length() + m.start() : -1;
  }

  /** The period the quantity is an offset after (季度结束后15日内), or {@code null}. */
  static @Nullable Offset offset(String before) {
    String tail = tail(before);
    Matcher m = OFFSET_BEFORE.matcher(tail);
    if (!m.find()) {
      return null;
    }
    String period = m.group("any") != null ? m.group("any") : m.group("long");
    int start = before.length() - tail.length() + m.start();
    return new Offset(start, frequencyOf(period));
  }

  /** How many characters after a deadline's quantity still belong to it (内予以公开). */
  static int tailLength(String after) {
    Matcher m = REGION_TAIL.matcher(after);
    return m.find() ? m.end() : 0;
  }

  private static Frequency frequencyOf(String period) {
    return switch (period) {
      case "季度", "季" -> Frequency.QUARTERLY;
      case "半年" -> Frequency.HALF_YEARLY;
      case "月度", "月" -> Frequency.MONTHLY;
      case "周" -> Frequency.WEEKLY;
      default -> Frequency.YEARLY;
    };
  }

  private static String tail(String text) {
    return text.length() <= TAIL ? text : text.substring(text.length() - TAIL);
  }

  /**
   * A period a quantity is counted after.
   *
   * @param start where the period's words start in the text before the quantity
   * @param frequency the period
   */
  record Offset(int start, Frequency frequency) {}
}
