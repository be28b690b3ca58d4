package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.validation.internal.FindingMessages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Chinese and English bundles say the same things with the same placeholders. */
class MessagesInStepTest {

  @Test
  void the_finding_bundles_have_the_same_keys_and_placeholders() {
    assertInStep(FindingMessages.bundle());
  }

  @Test
  void the_report_bundles_have_the_same_keys_and_placeholders() {
    assertInStep(MessageBundle.load(FindingMessages.class::getResourceAsStream, "Report"));
  }

  @Test
  void every_built_in_rule_has_a_message() {
    for (RuleId rule :
        new RuleId[] {RuleId.ELEMENT_MISSING, RuleId.DEADLINE_UNPARSED, RuleId.CHANNEL_UNKNOWN}) {
      assertThat(FindingMessages.bundle().chineseKeys()).contains(rule.id());
    }
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
