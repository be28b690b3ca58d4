package io.github.gkml.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.gkml.model.Deadline;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DeadlineParser#read} without the safety net that {@link DeadlineParser#parse} puts around
 * it: random text made of the deadline vocabulary and of arbitrary code points must never make the
 * reader itself throw, so the net never hides a bug.
 */
class DeadlineParserTest {

  private static final List<String> WORDS =
      List.of(
          "1.", "2.", "3、", "①", "②", "(1)", "(2)", "一、", "二、", "(", ")", "（", "）", "【", "】", "〔",
          "〕", ":", "：", ";", "；", ",", "，", "。", "、", "20", "２０", "二十", "十五", "一百", "个", "工作日",
          "日", "天", "个月", "小时", "周", "内", "以内", "前", "后", "之日起", "每", "每隔", "按", "季度", "半年", "年度",
          "1次/年", "至少", "公示", "公示期为", "公告期限为", "不少于", "可延长", "延长", "提前", "长期", "及时", "实时", "动态更新",
          "形成", "变更", "获取", "批准后", "作出决定", "决定作出", "确定后", "下发至本单位", "收到申请", "收到文件", "结束后", "其中",
          "除外", "每年", "次年", "1月31日", "3月底", "年底", "季度结束后", "\n", " ", "\u3000", "\uD800", "\uDC00",
          "\u0000", "\uFEFF", "①②");

  static LongStream seeds() {
    return LongStream.range(0, 600);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reads_any_text_without_throwing(long seed) {
    // GIVEN
    String text = randomText(new Random(seed));

    // WHEN / THEN
    assertThatCode(() -> DeadlineParser.read(text))
        .as("seed %d: %s", seed, text)
        .doesNotThrowAnyException();
    assertThat(DeadlineParser.read(text).raw()).isEqualTo(text);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reads_vocabulary_soup_into_a_valid_deadline(long seed) {
    // GIVEN
    Random random = new Random(seed);
    StringBuilder soup = new StringBuilder();
    for (int i = random.nextInt(30); i >= 0; i--) {
      soup.append(WORDS.get(random.nextInt(WORDS.size())));
    }

    // WHEN
    Deadline parsed = DeadlineParser.read(soup.toString());

    // THEN
    assertThat(parsed.raw()).as("seed %d", seed).isEqualTo(soup.toString());
  }

  private static String randomText(Random random) {
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(200); i > 0; i--) {
      if (random.nextBoolean()) {
        out.append(WORDS.get(random.nextInt(WORDS.size())));
      } else {
        out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
      }
    }
    return out.toString();
  }
}
