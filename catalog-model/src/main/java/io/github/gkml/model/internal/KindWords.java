package io.github.gkml.model.internal;

import io.github.gkml.model.Frequency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words that give a deadline's kind without a number, over folded text: 按季度, 至少1次/年 (a
 * frequency), 实时 (realtime), 及时 (prompt), 长期公开, 动态更新 (ongoing).
 */
final class KindWords {

  /**
   * Frequencies, one named group each. At one position the more specific spelling comes first (每半年
   * before 每年), and the leftmost match wins.
   */
  private static final Pattern FREQUENCY =
      Pattern.compile(
          "(?<daily>每日|每天|按日|逐日|[1一]次/[日天])"
              + "|(?<weekly>每周|每星期|按周|逐周|[1一]次/周)"
              + "|(?<half>每半年|按半年|半年度|[1一]次/半年|半年一次)"
              + "|(?<monthly>每个?月|按月|逐月|月度|[1一]次/月)"
              + "|(?<quarterly>每个?季度?|按季度?|逐季|季度|[1一]次/季度?)"
              + "|(?<yearly>每一?年度?|按年度?|年度|[1一]次/年|一年一次)");

  private static final Pattern REALTIME = Pattern.compile("实时|即时");

  private static final Pattern PROMPT = Pattern.compile("及时|第一时间|尽快|立即|即刻");

  private static final Pattern ONGOING =
      Pattern.compile(
          "(?<!延)长期(?!限)|永久|常态化|动态(?:更新|调整|维护|公开)|按实际(?:情况)?更新|随时(?:更新|调整)|持续(?:更新|公开)");

  private KindWords() {}

  /** The first frequency word in {@code text[from, to)}, or {@code null}. */
  static @Nullable Hit frequency(String text, int from, int to) {
    Matcher m = FREQUENCY.matcher(text).region(from, to);
    if (!m.find()) {
      return null;
    }
    return new Hit(m.start(), frequencyOf(m));
  }

  /** Where the first realtime word starts, or -1. */
  static int realtime(String text, int from, int to) {
    return first(REALTIME, text, from, to);
  }

  /** Where the first prompt word starts, or -1. */
  static int prompt(String text, int from, int to) {
    return first(PROMPT, text, from, to);
  }

  /** Where the first ongoing word starts, or -1. */
  static int ongoing(String text, int from, int to) {
    return first(ONGOING, text, from, to);
  }

  private static int first(Pattern pattern, String text, int from, int to) {
    Matcher m = pattern.matcher(text).region(from, to);
    return m.find() ? m.start() : -1;
  }

  private static Frequency frequencyOf(Matcher m) {
    if (m.group("daily") != null) {
      return Frequency.DAILY;
    } else if (m.group("weekly") != null) {
      return Frequency.WEEKLY;
    } else if (m.group("half") != null) {
      return Frequency.HALF_YEARLY;
    } else if (m.group("monthly") != null) {
      return Frequency.MONTHLY;
    } else if (m.group("quarterly") != null) {
      return Frequency.QUARTERLY;
    }
    return Frequency.YEARLY;
  }

  /**
   * A frequency word.
   *
   * @param start where it starts
   * @param frequency what it means
   */
  record Hit(int start, Frequency frequency) {}
}
