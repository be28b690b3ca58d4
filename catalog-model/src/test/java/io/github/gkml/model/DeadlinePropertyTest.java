package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.gkml.model.Deadline.Conditional;
import io.github.gkml.model.Deadline.Within;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests: phrases generated from parts (trigger, numeral, unit, noise, variant
 * characters, remark) parse back to their parts, and any text at all parses without throwing. Each
 * failure message names its seed; rerun one seed by narrowing {@link #seeds()}.
 */
class DeadlinePropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @Nested
  class Generated_phrases {

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.github.gkml.model.DeadlinePropertyTest#seeds")
    void recover_their_trigger_amount_and_unit(long seed) {
      // GIVEN
      PhraseGenerator.Phrase phrase = new PhraseGenerator(new Random(seed)).within();

      // WHEN
      Deadline parsed = Deadline.parse(phrase.text());

      // THEN
      String about = "seed " + seed + ": " + phrase.text();
      assertThat(parsed).as(about).isInstanceOf(Within.class);
      Within within = (Within) parsed;
      assertThat(within.trigger()).as(about).isEqualTo(phrase.trigger());
      assertThat(within.span()).as(about).isEqualTo(phrase.span());
      assertThat(within.raw()).as(about).isEqualTo(phrase.text());
    }
  }

  @Nested
  class Any_text {

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.github.gkml.model.DeadlinePropertyTest#seeds")
    void parses_without_throwing_and_keeps_the_raw_text(long seed) {
      // GIVEN
      String text = new PhraseGenerator(new Random(seed)).randomText();
      String about = "seed " + seed + ": " + text;

      // WHEN
      Deadline[] parsed = new Deadline[2];
      assertThatCode(() -> parsed[0] = Deadline.parse(text)).as(about).doesNotThrowAnyException();
      assertThatCode(() -> parsed[1] = Deadline.parse(text)).as(about).doesNotThrowAnyException();

      // THEN
      assertThat(parsed[0].raw()).as(about).isEqualTo(text);
      assertThat(parsed[1]).as("deterministic, " + about).isEqualTo(parsed[0]);
      if (parsed[0] instanceof Conditional c) {
        assertThat(c.clauses()).as(about).isNotEmpty();
        c.clauses().forEach(clause -> assertThat(clause.deadline().raw()).as(about).isNotNull());
      }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.github.gkml.model.DeadlinePropertyTest#seeds")
    void reads_display_periods_without_throwing(long seed) {
      // GIVEN
      String text = new PhraseGenerator(new Random(seed)).randomText();

      // WHEN
      DisplayPeriod period = DisplayPeriod.parse(text);

      // THEN
      assertThat(period.raw()).as("seed %d: %s", seed, text).isEqualTo(text);
    }
  }
}
