package io.github.gkml.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.assertj.internal.FailureMessages;
import io.github.gkml.validation.MessageBundle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesInStepTest {

  @Test
  void the_chinese_and_english_failure_messages_have_the_same_keys_and_placeholders() {
    MessageBundle bundle = FailureMessages.bundle();

    assertThat(bundle.englishKeys()).isEqualTo(bundle.chineseKeys());
    for (String key : bundle.chineseKeys()) {
      assertThat(MessageBundle.placeholders(bundle.template(key, Locale.ENGLISH).orElseThrow()))
          .as(key)
          .isEqualTo(MessageBundle.placeholders(bundle.template(key, Locale.CHINA).orElseThrow()));
    }
  }
}
