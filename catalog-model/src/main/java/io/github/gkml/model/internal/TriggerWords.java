package io.github.gkml.model.internal;

import io.github.gkml.model.Trigger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words that name the event a deadline counts from (起算事由), over folded text.
 *
 * <p>When several triggers stand before an amount, the one nearest the amount wins: in
 * 信息形成(变更)下发至本单位20个工作日内 the information was formed upstairs, but this body counts from receiving
 * it.
 */
final class TriggerWords {

  private static final List<Word> WORDS =
      List.of(
          word(Trigger.FORMED_OR_CHANGED, "形成|产生|变更|变化"),
          word(Trigger.OBTAINED, "(?:制[定作](?:或者?|、|和))?获[取得]"),
          word(Trigger.ISSUED, "颁布|印发|(?:公布|发布|出台)(?:之日|后)"),
          word(Trigger.DECIDED, "作出\\p{IsHan}{0,4}?决[定策]|决定作出|作出(?:之日|后)|确定(?:之日|以后|后)"),
          word(Trigger.APPROVED, "批[准复覆](?:之日|以后|后)|审批通过"),
          word(Trigger.REQUEST_RECEIVED, "(?:收到|接到|受理)\\p{IsHan}{0,8}?申请"),
          word(Trigger.RECEIVED, "下发至?本?单位|(?:收到|接到)\\p{IsHan}{0,8}?(?:文件|通知)|下[发达](?:之日|后)"),
          word(Trigger.EVENT_END, "(?:结束|完成|竣工|完工|办结|期满|终了)(?:之日|之后|以后|后)"));

  private TriggerWords() {}

  /**
   * The triggers named in {@code text[from, to)}.
   *
   * @return the trigger nearest {@code to} and where the first trigger word starts, or {@code null}
   */
  static @Nullable Found find(String text, int from, int to) {
    Trigger last = null;
    int lastStart = -1;
    int firstStart = Integer.MAX_VALUE;
    for (Word word : WORDS) {
      Matcher m = word.pattern().matcher(text).region(from, to);
      while (m.find()) {
        firstStart = Math.min(firstStart, m.start());
        if (m.start() > lastStart) {
          lastStart = m.start();
          last = word.trigger();
        }
      }
    }
    return last == null ? null : new Found(last, firstStart);
  }

  /**
   * A trigger found in a text.
   *
   * @param trigger the trigger nearest the end of the searched range
   * @param firstStart where the first trigger word starts: what precedes it names the subject
   */
  record Found(Trigger trigger, int firstStart) {}

  private static Word word(Trigger trigger, String regex) {
    return new Word(trigger, Pattern.compile(regex));
  }

  /** The words for one trigger; ties between triggers go to the earlier in this list. */
  private record Word(Trigger trigger, Pattern pattern) {}
}
