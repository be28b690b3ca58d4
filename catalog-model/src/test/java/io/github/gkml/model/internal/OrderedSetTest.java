package io.github.gkml.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link OrderedSet} behaves as the {@code unmodifiableSet(new LinkedHashSet<>(…))} it replaces in
 * {@link io.github.gkml.model.Item#channels()}: same elements in the same order, same equality and
 * hash code with any set, and no way to change it.
 */
class OrderedSetTest {

  private static final List<String> CHANNELS =
      List.of(
          "政府网站",
          "政务服务中心",
          "两微一端",
          "政务微博",
          "政务微信",
          "政务客户端",
          "公开查阅点",
          "便民服务站",
          "入户/现场",
          "社区/企事业单位/村公示栏（电子屏）",
          "精准推送",
          "报刊",
          "广播电视",
          "新闻发布会",
          "其他");

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** Up to 20 channel names drawn with repeats, so that sizes cross the scan limit both ways. */
  private static List<String> draw(Random random) {
    int size = random.nextInt(21);
    List<String> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String value = CHANNELS.get(random.nextInt(CHANNELS.size()));
      values.add(random.nextInt(4) == 0 ? value + i : value);
    }
    return values;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void keeps_the_distinct_values_in_the_order_first_given_like_a_linked_hash_set(long seed) {
    List<String> values = draw(new Random(seed));
    Set<String> expected = new LinkedHashSet<>(values);

    Set<String> set = OrderedSet.copyOf(values);

    assertThat(set).containsExactlyElementsOf(expected);
    assertThat(set).hasSize(expected.size());
    assertThat(set.toArray()).containsExactly(expected.toArray());
    for (String channel : CHANNELS) {
      assertThat(set.contains(channel)).as(channel).isEqualTo(expected.contains(channel));
    }
    assertThat(set.contains("not a channel")).isFalse();
    assertThat(set.contains(null)).isFalse();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void equals_and_hashes_as_any_set_of_the_same_values_in_any_order(long seed) {
    Random random = new Random(seed);
    List<String> values = draw(random);
    List<String> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, random);
    List<String> other = draw(random);

    Set<String> set = OrderedSet.copyOf(values);
    Set<String> reordered = OrderedSet.copyOf(shuffled);

    assertThat(set).isEqualTo(reordered).isEqualTo(new HashSet<>(values));
    assertThat(new HashSet<>(values)).isEqualTo(set);
    assertThat(set.hashCode()).isEqualTo(new HashSet<>(values).hashCode());
    assertThat(reordered.hashCode()).isEqualTo(set.hashCode());
    assertThat(set.equals(OrderedSet.copyOf(other)))
        .isEqualTo(new HashSet<>(values).equals(new HashSet<>(other)));
    assertThat(set).isNotEqualTo(List.copyOf(new LinkedHashSet<>(values)));
  }

  @Test
  void is_not_copied_again_when_given_one_already_made() {
    Set<String> set = OrderedSet.copyOf(List.of("政府网站", "政务服务中心"));

    assertThat(OrderedSet.copyOf(set)).isSameAs(set);
  }

  @Test
  void refuses_a_null_value() {
    assertThatThrownBy(() -> OrderedSet.copyOf(Arrays.asList("政府网站", null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Nested
  class Cannot_be_changed {

    private final Set<String> set = OrderedSet.copyOf(List.of("政府网站", "政务服务中心"));
    private final Set<String> empty = OrderedSet.copyOf(List.of());

    @Test
    void by_adding_or_removing() {
      assertThatThrownBy(() -> set.add("报刊")).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> set.addAll(List.of("报刊")))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> set.remove("政府网站"))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> set.removeAll(List.of("政府网站")))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> set.retainAll(List.of()))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> set.removeIf(value -> true))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(set).containsExactly("政府网站", "政务服务中心");
    }

    @Test
    void by_clearing_even_when_empty() {
      assertThatThrownBy(set::clear).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(empty::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void through_its_iterator() {
      var iterator = set.iterator();
      iterator.next();

      assertThatThrownBy(iterator::remove).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void past_its_end() {
      var iterator = empty.iterator();

      assertThat(iterator.hasNext()).isFalse();
      assertThatThrownBy(iterator::next).isInstanceOf(java.util.NoSuchElementException.class);
    }
  }
}
