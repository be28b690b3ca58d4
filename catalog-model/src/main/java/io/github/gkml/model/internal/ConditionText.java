package io.github.gkml.model.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The condition of a clause (the part of an item a deadline applies to), cut from the words before
 * the deadline: 执法决定信息在… gives 执法决定信息, 其中行政许可、行政处罚事项应自… gives 行政许可、行政处罚事项. Words that only say "the
 * information" (自该政府信息…, 公开事项信息…) or how (按进展情况…) name no part, so they give no condition.
 */
final class ConditionText {

  private static final Pattern LEADING = Pattern.compile("^(?:[,;:、。.]|其中|另外|另|对于|凡是|凡)+");

  private static final Pattern TRAILING =
      Pattern.compile("(?:[,;:、。.]|应当|应自|予以|保持|在|自|于|从|应|须|需|的|将|均|并|且)+$");

  private static final Pattern GENERIC =
      Pattern.compile("[自从在于该本其]*(?:政府|主动公开|公开事项|相关)*(?:信息|文件|事项|内容|政策)?");

  private static final Pattern MANNER = Pattern.compile("^(?:按|根据|依据|依照|视)");

  private static final int MAX_LENGTH = 60;

  private ConditionText() {}

  /** The condition named by {@code prefix} (folded text), or {@code null} if it names none. */
  static @Nullable String of(String prefix) {
    if (prefix.length() > MAX_LENGTH) {
      return null;
    }
    String s = prefix.replace(String.valueOf(Brackets.MASK), "");
    s = TRAILING.matcher(LEADING.matcher(s).replaceFirst("")).replaceFirst("");
    if (s.isEmpty() || GENERIC.matcher(s).matches() || MANNER.matcher(s).find()) {
      return null;
    }
    return s;
  }
}
