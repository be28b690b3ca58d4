package io.github.gkml.io.internal;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Mode;
import io.github.gkml.model.TextFolding;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header words of catalog tables and what they mean, in the many ways tables write them: with
 * spaces or line breaks inside (公开 时限), full-width or traditional characters (公開對象), a note in
 * brackets (公开内容（要素）, 公开渠道和载体（“■”表示必选项）, 特定群体（请写明）), a character lost at the end (公开对, 公开主) or at
 * the start (社会 for 全社会, 申请 for 依申请).
 */
final class HeaderWords {

  private static final Pattern BRACKETED = Pattern.compile("[(（\\[【][^)）\\]】]*[)）\\]】]?");
  private static final Pattern EDGES = Pattern.compile("^[*:：.、]+|[*:：.、]+$");

  private static final Map<String, HeaderMatch> WORDS = words();

  private HeaderWords() {}

  /** What a header text means, if it is a known header word. */
  static Optional<HeaderMatch> match(String text) {
    String key = key(text);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    HeaderMatch known = WORDS.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Audience> audience = Audience.find(key);
    if (audience.isPresent()) {
      return Optional.of(new HeaderMatch(Field.AUDIENCE_MARK, 0, audience.get(), null, Set.of()));
    }
    Optional<Mode> mode = Mode.find(key);
    if (mode.isPresent()) {
      return Optional.of(new HeaderMatch(Field.MODE_MARK, 0, null, mode.get(), Set.of()));
    }
    Optional<Set<AdminLevel>> levels = LevelWords.parse(TextFolding.compact(text));
    if (levels.isPresent()) {
      return Optional.of(new HeaderMatch(Field.LEVEL_MARK, 0, null, null, levels.get()));
    }
    return truncated(key);
  }

  /**
   * The header folded for matching: compact, simplified, bracketed notes and edge marks removed.
   */
  static String key(String text) {
    String compact = TextFolding.compact(text);
    String plain = BRACKETED.matcher(compact).replaceAll("");
    return EDGES.matcher(plain).replaceAll("");
  }

  /** 公开对 → 公开对象, 公开主 → 公开主体; 开内容 → 公开内容 (a lost 公). */
  private static Optional<HeaderMatch> truncated(String key) {
    HeaderMatch withPrefix = WORDS.get("公" + key);
    if (key.startsWith("开") && withPrefix != null) {
      return Optional.of(withPrefix);
    }
    if (key.length() < 3 || !key.startsWith("公开")) {
      return Optional.empty();
    }
    HeaderMatch found = null;
    for (Map.Entry<String, HeaderMatch> entry : WORDS.entrySet()) {
      if (entry.getKey().startsWith(key) && entry.getValue().rank() == 0) {
        if (found != null && found.field() != entry.getValue().field()) {
          return Optional.empty();
        }
        found = entry.getValue();
      }
    }
    return Optional.ofNullable(found);
  }

  private static Map<String, HeaderMatch> words() {
    Map<String, HeaderMatch> words = new HashMap<>();
    put(words, Field.CODE, 0, "序号", "编号", "序", "事项编码", "编码", "事项编号", "事项序号", "序列号", "代码");
    put(words, Field.PATH, 0, "公开事项", "事项", "公开事项名称", "事项名称", "公开项目");
    put(words, Field.PATH1, 0, "一级事项", "一级", "一级公开事项", "一级事项名称", "I级公开事项", "I级事项");
    put(words, Field.PATH2, 0, "二级事项", "二级", "二级公开事项", "二级事项名称", "II级公开事项", "II级事项");
    put(words, Field.PATH3, 0, "三级事项", "三级", "三级公开事项", "三级事项名称", "III级公开事项", "III级事项");
    put(words, Field.PATH1, 1, "一级目录", "一级类别");
    put(words, Field.PATH2, 1, "二级目录", "二级类别");
    put(words, Field.PATH3, 1, "三级目录", "三级类别");
    put(words, Field.PATH1, 2, "一级栏目", "一级指标");
    put(words, Field.PATH2, 2, "二级栏目", "二级指标");
    put(words, Field.PATH3, 2, "三级栏目", "三级指标");
    put(
        words,
        Field.CONTENT,
        0,
        "公开内容",
        "内容",
        "公开内容要素",
        "公开要素",
        "公开内容及要求",
        "公开内容要素及要求",
        "公开内容和要求",
        "公开的内容");
    put(words, Field.BASIS, 0, "公开依据", "依据", "法律依据", "政策依据", "公开依据及文号");
    put(words, Field.DEADLINE, 0, "公开时限", "时限", "公开时间", "公开期限", "公开时效");
    put(words, Field.DISPLAY_PERIOD, 0, "公示期", "公示期限", "公示时间", "公示时限", "公告期", "公告期限", "公示天数");
    put(
        words,
        Field.SUBJECTS,
        0,
        "公开主体",
        "主体",
        "责任主体",
        "公开责任主体",
        "公开责任单位",
        "责任单位",
        "公开单位",
        "公开主体单位",
        "公开部门");
    put(words, Field.SUBJECTS, 1, "责任部门", "责任科室", "责任科室单位", "公开责任部门");
    put(
        words,
        Field.CHANNELS,
        0,
        "公开渠道和载体",
        "公开渠道",
        "公开载体",
        "公开渠道及载体",
        "公开渠道与载体",
        "渠道",
        "渠道和载体",
        "公开途径",
        "公开渠道载体");
    put(words, Field.AUDIENCE, 0, "公开对象", "对象");
    put(words, Field.AUDIENCE, 1, "公开范围");
    put(words, Field.MODES, 0, "公开方式", "方式", "公开属性");
    put(words, Field.LEVELS, 0, "公开层级", "层级", "公开级别");
    return Map.copyOf(words);
  }

  private static void put(Map<String, HeaderMatch> words, Field field, int rank, String... keys) {
    for (String key : keys) {
      words.put(key, HeaderMatch.of(field, rank));
    }
  }
}
