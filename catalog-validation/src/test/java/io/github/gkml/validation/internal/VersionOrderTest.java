package io.github.gkml.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionOrderTest {

  static final List<String> ORDERED =
      List.of(
          "2019", "2023", "2024", "2024.1", "2024.2", "2024.10", "2024修订", "2024版", "2025", "v9",
          "v10");

  @Test
  void orders_digit_runs_as_numbers() {
    // GIVEN the labels shuffled with a fixed seed
    List<String> shuffled = new ArrayList<>(ORDERED);
    Collections.shuffle(shuffled, new Random(20240628L));

    // WHEN sorted
    shuffled.sort(VersionOrder.INSTANCE);

    // THEN they are in natural order
    assertThat(shuffled).containsExactlyElementsOf(ORDERED);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"01, 1", "２０２４, 2024", "' 2024 ', 2024", "2024.01, 2024.1"})
  void treats_spellings_of_one_number_as_one_version(String a, String b) {
    assertThat(VersionOrder.INSTANCE.compare(a, b)).isZero();
    assertThat(VersionOrder.INSTANCE.compare(b, a)).isZero();
  }

  @Test
  void compares_numbers_longer_than_a_long() {
    assertThat(VersionOrder.INSTANCE.compare("99999999999999999999", "100000000000000000000"))
        .isNegative();
  }

  @Test
  void puts_a_prefix_first() {
    assertThat(VersionOrder.INSTANCE.compare("2024", "2024.0")).isNegative();
    assertThat(VersionOrder.INSTANCE.compare("", "2024")).isNegative();
    assertThat(VersionOrder.INSTANCE.compare("2024", "2024")).isZero();
  }
}
