package io.github.gkml.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.validation.MessageBundle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The words of {@code --list-rules} say the same things in both languages. */
class RuleListingBundlesTest {

  @Test
  void have_the_same_keys_and_placeholders() {
    MessageBundle bundle = RuleListing.bundle();

    assertThat(bundle.englishKeys()).isEqualTo(bundle.chineseKeys());
    for (String key : bundle.chineseKeys()) {
      assertThat(MessageBundle.placeholders(bundle.template(key, Locale.ENGLISH).orElseThrow()))
          .as(key)
          .isEqualTo(MessageBundle.placeholders(bundle.template(key, Locale.CHINA).orElseThrow()));
    }
  }
}
