package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.validation.internal.FindingMessages;
import io.github.gkml.validation.internal.ReportWords;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Chinese and English bundles say the same things with the same placeholders. */
class MessagesInStepTest {

  @Test
  void the_finding_bundles_have_the_same_keys_and_placeholders() {
    assertInStep(FindingMessages.bundle());
  }

  @Test
  void the_report_bundles_have_the_same_keys_and_placeholders() {
    assertInStep(ReportWords.bundle());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ITEM_REMOVED",
        "CONTENT_ELEMENT_REMOVED",
        "ITEM_RENAMED",
        "CHANNEL_REMOVED",
        "MODE_NARROWED",
        "AUDIENCE_NARROWED",
        "LEVEL_REMOVED",
        "DEADLINE_LOOSENED",
        "DEADLINE_REMOVED",
        "DEADLINE_INDETERMINATE",
        "DISPLAY_PERIOD_SHORTENED",
        "RETIRED_PATH_REUSED",
        "ACCEPTANCE_STALE",
        "ITEM_ADDED",
        "CHANNEL_ADDED",
        "DEADLINE_TIGHTENED",
        "BASIS_CHANGED",
        "SUBJECT_CHANGED",
        "CONTENT_ELEMENT_ADDED",
        "ELEMENT_MISSING",
        "DEADLINE_EXCEEDS_STATUTE",
        "DEADLINE_VAGUE",
        "DEADLINE_UNPARSED",
        "CHANNEL_UNKNOWN",
        "BASIS_SUPERSEDED",
        "DUPLICATE_ITEM",
        "BASELINE_ITEM_MISSING"
      })
  void every_rule_of_the_design_has_a_short_description_for_reports(String rule) {
    assertThat(ReportWords.bundle().chineseKeys()).contains("rule." + rule);
    assertThat(ReportWords.rule(RuleId.of(rule), Locale.ENGLISH)).isNotEqualTo(rule);
  }

  @Test
  void a_rule_the_bundle_does_not_know_is_described_by_its_id() {
    assertThat(ReportWords.rule(RuleId.of("LOCAL_RULE_7"), Locale.CHINA)).isEqualTo("LOCAL_RULE_7");
  }

  @Test
  void every_built_in_rule_has_a_message_and_a_short_description() throws IllegalAccessException {
    List<String> rules = new ArrayList<>();
    for (Field field : RuleId.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == RuleId.class) {
        rules.add(((RuleId) field.get(null)).id());
      }
    }

    assertThat(rules).hasSizeGreaterThan(20);
    assertThat(FindingMessages.bundle().chineseKeys()).containsAll(rules);
    assertThat(ReportWords.bundle().chineseKeys())
        .containsAll(rules.stream().map(r -> "rule." + r).toList());
  }

  @Test
  void the_language_never_falls_back_to_the_jvm_default() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(FindingMessages.fieldLabel("deadline", Locale.SIMPLIFIED_CHINESE))
          .isEqualTo("公开时限");
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(FindingMessages.fieldLabel("deadline", Locale.ENGLISH)).startsWith("deadline");
      assertThat(FindingMessages.fieldLabel("deadline", Locale.FRENCH)).isEqualTo("公开时限");
    } finally {
      Locale.setDefault(before);
    }
  }

  static void assertInStep(MessageBundle bundle) {
    assertThat(bundle.englishKeys()).isEqualTo(bundle.chineseKeys());
    for (String key : bundle.chineseKeys()) {
      String zh = bundle.template(key, Locale.SIMPLIFIED_CHINESE).orElseThrow();
      String en = bundle.template(key, Locale.ENGLISH).orElseThrow();
      assertThat(MessageBundle.placeholders(en)).as(key).isEqualTo(MessageBundle.placeholders(zh));
      assertThat(zh).as("%s uses only {name} placeholders", key).doesNotContainPattern("\\{\\d");
    }
  }
}
