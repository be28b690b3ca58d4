package io.github.gkml.model;

import static io.github.gkml.model.PeriodUnit.CALENDAR_DAYS;
import static io.github.gkml.model.PeriodUnit.HOURS;
import static io.github.gkml.model.PeriodUnit.WORKING_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayPeriodTest {

  @Nested
  class Parsing {

    static Stream<Arguments> lengths() {
      return Stream.of(
          arguments("公示7个工作日", TimeSpan.of(7, WORKING_DAYS)),
          arguments("公示7天", TimeSpan.of(7, CALENDAR_DAYS)),
          arguments("公示期为7天", TimeSpan.of(7, CALENDAR_DAYS)),
          arguments("公示期不少于30日", TimeSpan.of(30, CALENDAR_DAYS)),
          arguments("公告期限为5个工作日", TimeSpan.of(5, WORKING_DAYS)),
          arguments("不少于10个工作日", TimeSpan.of(10, WORKING_DAYS)),
          arguments("7天", TimeSpan.of(7, CALENDAR_DAYS)),
          arguments("公示期不得少于十个工作日", TimeSpan.of(10, WORKING_DAYS)),
          arguments("公示 ７ 天", TimeSpan.of(7, CALENDAR_DAYS)),
          arguments("公示不少于一周", TimeSpan.of(7, CALENDAR_DAYS)),
          arguments("公告期限為5個工作日", TimeSpan.of(5, WORKING_DAYS)),
          arguments("发布后保留48小时", TimeSpan.of(48, HOURS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lengths")
    void reads_the_length(String text, TimeSpan length) {
      // WHEN
      DisplayPeriod period = DisplayPeriod.parse(text);

      // THEN
      assertThat(period.length()).isEqualTo(length);
      assertThat(period.ongoing()).isFalse();
      assertThat(period.raw()).isEqualTo(text);
      assertThat(period.isParsed()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"长期", "长期公开", "保持长期公开", "永久", "長期公開", " 长期\n"})
    void reads_ongoing_display(String text) {
      // WHEN
      DisplayPeriod period = DisplayPeriod.parse(text);

      // THEN
      assertThat(period.ongoing()).isTrue();
      assertThat(period.length()).isNull();
      assertThat(period.raw()).isEqualTo(text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "  ", "公示期满", "同上", "\uD83D\uDE00", "公示至少30"})
    void keeps_unreadable_text(String text) {
      // WHEN
      DisplayPeriod period = DisplayPeriod.parse(text);

      // THEN
      assertThat(period.isParsed()).isFalse();
      assertThat(period.length()).isNull();
      assertThat(period.ongoing()).isFalse();
      assertThat(period.raw()).isEqualTo(text);
    }
  }

  @Nested
  class Construction {

    @Test
    void writes_a_fixed_length_in_canonical_form() {
      assertThat(DisplayPeriod.of(TimeSpan.of(7, WORKING_DAYS)).raw()).isEqualTo("公示7个工作日");
    }

    @Test
    void rejects_a_period_both_ongoing_and_of_fixed_length() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new DisplayPeriod("x", TimeSpan.of(1, CALENDAR_DAYS), true));
    }
  }
}
