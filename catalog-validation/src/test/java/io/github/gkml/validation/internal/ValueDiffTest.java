package io.github.gkml.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.validation.internal.ValueDiff.Kind;
import io.github.gkml.validation.internal.ValueDiff.Part;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueDiffTest {

  private static Part same(String text) {
    return new Part(text, Kind.SAME);
  }

  private static Part removed(String text) {
    return new Part(text, Kind.REMOVED);
  }

  private static Part added(String text) {
    return new Part(text, Kind.ADDED);
  }

  /** The value with removed parts as [-x-] and added ones as {+x+}. */
  private static String marked(List<Part> parts) {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      switch (part.kind()) {
        case SAME -> out.append(part.text());
        case REMOVED -> out.append("[-").append(part.text()).append("-]");
        case ADDED -> out.append("{+").append(part.text()).append("+}");
      }
    }
    return out.toString();
  }

  @Nested
  class Lists {

    @Test
    void marks_each_channel_lost_and_gained() {
      // WHEN 两微一端 is replaced by 政务微信
      ValueDiff diff = ValueDiff.of("政府网站、两微一端", "政府网站、政务微信");

      // THEN only those elements are marked
      assertThat(diff.oldParts()).containsExactly(same("政府网站、"), removed("两微一端"));
      assertThat(diff.newParts()).containsExactly(same("政府网站、"), added("政务微信"));
    }

    @Test
    void compares_elements_as_a_set() {
      ValueDiff diff = ValueDiff.of("办理事项、办理条件、申请材料", "申请材料、办理事项");

      assertThat(marked(diff.oldParts())).isEqualTo("办理事项、[-办理条件-]、申请材料");
      assertThat(marked(diff.newParts())).isEqualTo("申请材料、办理事项");
    }

    @Test
    void compares_a_list_with_a_single_value_element_by_element() {
      ValueDiff diff = ValueDiff.of("政府网站", "政府网站、公开查阅点");

      assertThat(marked(diff.oldParts())).isEqualTo("政府网站");
      assertThat(marked(diff.newParts())).isEqualTo("政府网站、{+公开查阅点+}");
    }
  }

  @Nested
  class Texts {

    @ParameterizedTest
    @CsvSource({
      "自信息形成或者变更之日起20个工作日内, 自信息形成或者变更之日起30日内," + " 自信息形成或者变更之日起[-20个工作-]日内, 自信息形成或者变更之日起{+30+}日内",
      "20个工作日, 10个工作日, [-20-]个工作日, {+10+}个工作日",
      "公示7天, 公示5天, 公示[-7-]天, 公示{+5+}天",
      "20个工作日内, 200个工作日内, [-20-]个工作日内, {+200+}个工作日内",
      "最低生活保障, 城乡最低生活保障, 最低生活保障, {+城乡+}最低生活保障",
      "按季度公开, 按月公开, 按[-季度-]公开, 按{+月+}公开",
      "及时, 自信息形成之日起20个工作日内, [-及时-], {+自信息形成之日起20个工作日内+}",
    })
    void marks_what_changed_keeping_numbers_whole(
        String oldValue, String newValue, String oldMarked, String newMarked) {
      ValueDiff diff = ValueDiff.of(oldValue, newValue);

      assertThat(marked(diff.oldParts())).isEqualTo(oldMarked);
      assertThat(marked(diff.newParts())).isEqualTo(newMarked);
    }

    @Test
    void keeps_scattered_common_characters_inside_a_change_when_most_is_common() {
      ValueDiff diff = ValueDiff.of("办理事项和条件", "办理的事项与条件");

      assertThat(marked(diff.oldParts())).isEqualTo("办理事项[-和-]条件");
      assertThat(marked(diff.newParts())).isEqualTo("办理{+的+}事项{+与+}条件");
    }

    @Test
    void marks_very_long_values_whole_in_the_middle() {
      String a = "甲".repeat(600) + "乙" + "丙".repeat(600);
      String b = "丁".repeat(600) + "乙";

      ValueDiff diff = ValueDiff.of(a, b);

      assertThat(diff.oldParts()).containsExactly(removed(a));
      assertThat(diff.newParts()).containsExactly(added(b));
    }
  }

  @Nested
  class Absent {

    @Test
    void a_value_only_before_was_removed() {
      ValueDiff diff = ValueDiff.of("临时救助 / 审批结果", null);

      assertThat(diff.oldParts()).containsExactly(removed("临时救助 / 审批结果"));
      assertThat(diff.newParts()).isEmpty();
    }

    @Test
    void a_value_only_after_was_added() {
      ValueDiff diff = ValueDiff.of(null, "临时救助 / 救助标准");

      assertThat(diff.oldParts()).isEmpty();
      assertThat(diff.newParts()).containsExactly(added("临时救助 / 救助标准"));
    }

    @Test
    void equal_values_are_unchanged_and_empty_ones_have_no_parts() {
      assertThat(ValueDiff.of("长期", "长期").newParts()).containsExactly(same("长期"));
      assertThat(ValueDiff.of("", "").oldParts()).isEmpty();
      assertThat(ValueDiff.of(null, null).oldParts()).isEmpty();
    }
  }
}
