package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemPathTest {

  @Test
  void holds_one_to_three_trimmed_segments() {
    ItemPath path = ItemPath.of(" 最低生活保障 ", "办事指南");

    assertThat(path.segments()).containsExactly("最低生活保障", "办事指南");
    assertThat(path.level1()).isEqualTo("最低生活保障");
    assertThat(path.name()).isEqualTo("办事指南");
    assertThat(path.depth()).isEqualTo(2);
    assertThat(path).hasToString("最低生活保障 / 办事指南");
  }

  @Test
  void refuses_no_segments_four_segments_or_a_blank_one() {
    assertThatThrownBy(() -> new ItemPath(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 3");
    assertThatThrownBy(() -> ItemPath.of("a", "b", "c", "d"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ItemPath.of("a", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("segment 2");
  }

  @ParameterizedTest
  @CsvSource({
    "'最低生活保障', '最 低生活\n保障'",
    "'《社会救助暂行办法》', '〈社会救助暂行办法〉'",
    "'审核(审批)信息', '审核（审批）信息'",
    "'政策法规文件', '政策法規文件'",
    "'办理时间、地点', '办理时间,地点'",
  })
  void matches_the_spellings_of_one_name(String a, String b) {
    assertThat(ItemPath.of("社会救助", a).matches(ItemPath.of("社会救助", b))).isTrue();
  }

  @Test
  void does_not_match_different_names_or_depths() {
    assertThat(ItemPath.of("临时救助", "办事指南").matches(ItemPath.of("临时救助", "审批信息"))).isFalse();
    assertThat(ItemPath.of("临时救助").matches(ItemPath.of("临时救助", "办事指南"))).isFalse();
  }

  @Test
  void orders_by_segments_then_depth() {
    assertThat(ItemPath.of("a")).isLessThan(ItemPath.of("a", "b"));
    assertThat(ItemPath.of("a", "c")).isGreaterThan(ItemPath.of("a", "b"));
    assertThat(ItemPath.of("a", "b")).isEqualByComparingTo(ItemPath.of("a", "b"));
  }
}
