package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"ITEM_REMOVED", "PUBLICATION_LATE", "COUNTY_RULE_7"})
  void accepts_upper_case_ids(String id) {
    assertThat(RuleId.of(id)).hasToString(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "item_removed", "7_RULE", "ITEM REMOVED", "规则"})
  void refuses_other_ids_naming_them(String id) {
    assertThatThrownBy(() -> RuleId.of(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(id);
  }
}
