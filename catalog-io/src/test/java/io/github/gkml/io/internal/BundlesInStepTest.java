package io.github.gkml.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.validation.MessageBundle;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Chinese and English bundles of catalog-io say the same things. */
class BundlesInStepTest {

  static Stream<MessageBundle> bundles() {
    return Stream.of(ImportFindings.bundle(), WorkbookWords.bundle());
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void have_the_same_keys_and_placeholders(MessageBundle bundle) {
    assertThat(bundle.englishKeys()).isEqualTo(bundle.chineseKeys());
    for (String key : bundle.chineseKeys()) {
      assertThat(MessageBundle.placeholders(bundle.template(key, Locale.ENGLISH).orElseThrow()))
          .as(key)
          .isEqualTo(MessageBundle.placeholders(bundle.template(key, Locale.CHINA).orElseThrow()));
    }
  }
}
