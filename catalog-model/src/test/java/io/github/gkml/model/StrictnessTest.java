package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictnessTest {

  @ParameterizedTest
  @CsvSource({"TIGHTER, LOOSER", "LOOSER, TIGHTER", "SAME, SAME", "INDETERMINATE, INDETERMINATE"})
  void inverse_swaps_tighter_and_looser(Strictness given, Strictness inverse) {
    // WHEN / THEN
    assertThat(given.inverse()).isEqualTo(inverse);
    assertThat(given.inverse().inverse()).isEqualTo(given);
  }

  @ParameterizedTest
  @CsvSource({
    "SAME, SAME, SAME",
    "SAME, TIGHTER, TIGHTER",
    "LOOSER, SAME, LOOSER",
    "TIGHTER, TIGHTER, TIGHTER",
    "TIGHTER, LOOSER, INDETERMINATE",
    "LOOSER, INDETERMINATE, INDETERMINATE",
    "INDETERMINATE, SAME, INDETERMINATE"
  })
  void and_combines_parts_that_must_all_hold(Strictness a, Strictness b, Strictness both) {
    // WHEN / THEN
    assertThat(a.and(b)).isEqualTo(both);
    assertThat(b.and(a)).isEqualTo(both);
  }

  @ParameterizedTest
  @CsvSource({"TIGHTER, true", "SAME, true", "LOOSER, false", "INDETERMINATE, false"})
  void only_tighter_and_same_pass_the_third_principle(Strictness s, boolean passes) {
    // WHEN / THEN
    assertThat(s.isAtLeastAsStrict()).isEqualTo(passes);
  }
}
