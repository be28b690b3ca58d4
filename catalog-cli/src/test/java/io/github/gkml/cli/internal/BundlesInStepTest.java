package io.github.gkml.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.validation.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Chinese and English CLI bundles say the same things. */
class BundlesInStepTest {

  @Test
  void output_bundles_have_the_same_keys_and_placeholders() {
    MessageBundle bundle = CliText.bundle();

    assertThat(bundle.englishKeys()).isEqualTo(bundle.chineseKeys());
    for (String key : bundle.chineseKeys()) {
      assertThat(MessageBundle.placeholders(bundle.template(key, Locale.ENGLISH).orElseThrow()))
          .as(key)
          .isEqualTo(MessageBundle.placeholders(bundle.template(key, Locale.CHINA).orElseThrow()));
    }
  }

  @Test
  void help_bundles_have_the_same_keys() throws IOException {
    assertThat(keys("Help_en.properties")).isEqualTo(keys("Help.properties"));
  }

  private static Set<String> keys(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = HelpBundles.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  @Test
  void every_option_and_parameter_of_every_command_is_described_in_both_languages() {
    for (Language language : Language.values()) {
      picocli.CommandLine root = new picocli.CommandLine(new RootCommand());
      HelpBundles.apply(root, language);
      java.util.List<picocli.CommandLine> all = new java.util.ArrayList<>();
      all.add(root);
      all.addAll(root.getSubcommands().values());
      for (picocli.CommandLine command : all) {
        picocli.CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        assertThat(String.join("", spec.usageMessage().description()))
            .as("%s %s description", language, spec.qualifiedName())
            .isNotBlank();
        for (picocli.CommandLine.Model.ArgSpec arg : spec.args()) {
          assertThat(String.join("", arg.description()))
              .as("%s %s %s", language, spec.qualifiedName(), arg.paramLabel())
              .isNotBlank();
        }
      }
    }
  }
}
