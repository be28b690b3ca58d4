package io.github.gkml.validation;

import io.github.gkml.model.ItemPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded acceptances whose text is everything YAML makes awkward: words it reads as booleans,
 * nulls, numbers and dates, indicators ({@code - * & ! | > # :}), quotes, backslashes, line breaks,
 * tabs, control characters, full-width punctuation and long lines — mixed with real catalog terms.
 */
final class AcceptanceGenerator {

  static final List<String> AWKWARD =
      List.of(
          "公开查阅点",
          "两微一端",
          "制定或获取信息之日起10个工作日内",
          "竹民发〔2024〕21号",
          "《社会救助暂行办法》(国务院令第649号)",
          "2023",
          "2024.10",
          "1e5",
          "0x1F",
          "2026-12-31",
          "yes",
          "NO",
          "on",
          "true",
          "null",
          "~",
          "a: b",
          "# 不是注释",
          "*alias",
          "&anchor",
          "!tag",
          "- 列表",
          "[括号]",
          "{花括号}",
          "'单引号'",
          "\"双引号\"",
          "反斜杠\\n",
          "多行\n第二行",
          "多行\n\n空行之后",
          "行尾空格  \n下一行",
          "tab\t制表",
          "响铃\u0007",
          "全角：冒号，逗号",
          "|竖线",
          ">大于",
          "?问号",
          "%百分号",
          "@at",
          "`反引号`",
          "<<",
          "很".repeat(200));

  static final List<String> RULES =
      List.of("CHANNEL_REMOVED", "ITEM_REMOVED", "DEADLINE_LOOSENED", "BASELINE_ITEM_MISSING");

  static final List<String> VERSIONS = List.of("2019", "2023", "2024", "2024.1", "2024.10", "2025");

  private AcceptanceGenerator() {}

  static List<Acceptance> acceptances(Random random, int count) {
    List<Acceptance> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(acceptance(random));
    }
    return out;
  }

  private static Acceptance acceptance(Random random) {
    int from = random.nextInt(VERSIONS.size());
    int to = from + random.nextInt(VERSIONS.size() - from);
    return new Acceptance(
        RuleId.of(pick(random, RULES)),
        random.nextInt(5) == 0 ? null : item(random),
        random.nextBoolean() ? pick(random, AWKWARD) : null,
        new Fingerprint(String.format("%016x", random.nextLong())),
        random.nextInt(3) == 0 ? null : VERSIONS.get(from),
        random.nextInt(3) == 0 ? null : VERSIONS.get(to),
        pick(random, AWKWARD),
        pick(random, AWKWARD),
        random.nextBoolean() ? LocalDate.of(2024, 1, 1).plusDays(random.nextInt(2000)) : null,
        random.nextBoolean() ? pick(random, AWKWARD) : null);
  }

  private static ItemPath item(Random random) {
    List<String> segments = new ArrayList<>();
    int depth = 1 + random.nextInt(ItemPath.MAX_DEPTH);
    for (int i = 0; i < depth; i++) {
      segments.add(pick(random, AWKWARD));
    }
    return new ItemPath(segments);
  }

  private static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
