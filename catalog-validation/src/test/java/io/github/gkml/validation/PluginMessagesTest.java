package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.PilotDomain;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A rule outside gkml words its findings itself, and every finding renders without the rule. */
class PluginMessagesTest {

  static final RuleId ID = RuleId.of("COUNTY_BOARD_ONLY");

  static final MessageBundle WORDS =
      MessageBundle.of(
          Map.of(
              ID.id(),
              "{field}只有“{new}”,本县要求同时在政府网站公开",
              ID.id() + ".village",
              "{field}只有村公示栏,本县要求同时在政府网站公开",
              "field.channels",
              "公开渠道(本县口径)"),
          Map.of(
              ID.id(),
              "{field} are only \"{new}\"; the county also asks for the portal",
              ID.id() + ".village",
              "{field} are only the village board; the county asks for more"));

  /** Reports every 社会救助 item published at a 公开查阅点 only, in words of its own. */
  static class BoardOnly implements CatalogRule {
    private final boolean ownWords;

    BoardOnly(boolean ownWords) {
      this.ownWords = ownWords;
    }

    @Override
    public List<RuleDescription> descriptions() {
      return List.of(RuleDescription.of(ID, Severity.WARNING, "只在查阅点公开", "Only at a 查阅点"));
    }

    @Override
    public Set<PilotDomain> domains() {
      return Set.of(PilotDomain.SOCIAL_ASSISTANCE);
    }

    @Override
    public Optional<MessageBundle> messages() {
      return ownWords ? Optional.of(WORDS) : Optional.empty();
    }

    @Override
    public void check(Catalog catalog, RuleContext context) {
      for (int i = 0; i < catalog.items().size(); i++) {
        context.report(
            i, Finding.builder(ID, Severity.WARNING).field("channels").newValue("公开查阅点"));
      }
    }
  }

  static Catalog boardOnly() {
    return RealRows.county(
        PilotDomain.SOCIAL_ASSISTANCE,
        RealRows.socialAssistancePolicies().toBuilder().channels("公开查阅点").build());
  }

  static Finding reported(CatalogRule rule) {
    List<Finding> findings =
        CatalogValidator.builtIn().withRules(List.of(rule)).validate(boardOnly());
    assertThat(findings).extracting(Finding::ruleId).containsExactly(ID);
    return findings.get(0);
  }

  @Nested
  class A_rule_with_its_own_bundle {

    @Test
    void gets_its_messages_in_both_languages_with_its_own_field_labels() {
      Finding finding = reported(new BoardOnly(true));

      assertThat(finding.messages()).isEqualTo(WORDS);
      assertThat(finding.message(Locale.CHINA)).isEqualTo("公开渠道(本县口径)只有“公开查阅点”,本县要求同时在政府网站公开");
      // The English bundle has no field.channels: gkml's own label is used.
      assertThat(finding.message(Locale.ENGLISH))
          .isEqualTo("channels (公开渠道和载体) are only \"公开查阅点\"; the county also asks for the portal");
    }

    @Test
    void words_a_variant_with_its_own_template() {
      Finding finding = reported(new BoardOnly(true));
      Finding village =
          Finding.builder(ID, Severity.WARNING)
              .field("channels")
              .param("variant", "village")
              .messages(WORDS)
              .build();

      assertThat(village.message(Locale.ENGLISH))
          .isEqualTo("channels (公开渠道和载体) are only the village board; the county asks for more");
      assertThat(finding.message(Locale.CHINA)).doesNotContain("村公示栏");
    }

    @Test
    void keeps_its_words_through_overrides_acceptances_and_reports() throws IOException {
      CatalogValidator strict =
          CatalogValidator.builtIn()
              .withRules(List.of(new BoardOnly(true)))
              .withRuleSet(RuleSet.defaults().withSeverity(ID, Severity.ERROR));
      Finding finding = strict.validate(boardOnly()).get(0);
      Finding carried = finding.withAccepted("县政府同意").withVersions("2023", "2024");
      StringWriter text = new StringWriter();
      Reports.write(Report.of("目录.yaml", List.of(finding)), ReportFormat.TEXT, Locale.CHINA, text);

      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(carried.message(Locale.CHINA)).isEqualTo(finding.message(Locale.CHINA));
      assertThat(text.toString()).contains("本县要求同时在政府网站公开");
    }

    @Test
    void does_not_replace_a_bundle_the_finding_names_itself() {
      MessageBundle other = MessageBundle.of(Map.of(ID.id(), "另"), Map.of(ID.id(), "other"));
      CatalogRule naming =
          new BoardOnly(true) {
            @Override
            public void check(Catalog catalog, RuleContext context) {
              context.report(0, Finding.builder(ID, Severity.WARNING).messages(other));
            }
          };

      assertThat(reported(naming).message(Locale.CHINA)).isEqualTo("另");
    }
  }

  @Nested
  class A_rule_without_a_bundle {

    @Test
    void falls_back_to_the_rule_id_and_the_item() {
      Finding finding = reported(new BoardOnly(false));

      assertThat(finding.messages()).isNull();
      assertThat(finding.message(Locale.CHINA)).isEqualTo(ID + ":" + finding.item());
    }
  }

  @Nested
  class Bundles_given_in_code {

    @Test
    void are_values() {
      MessageBundle same = MessageBundle.of(Map.of("K", "甲"), Map.of("K", "a"));

      assertThat(same)
          .isEqualTo(MessageBundle.of(Map.of("K", "甲"), Map.of("K", "a")))
          .hasSameHashCodeAs(MessageBundle.of(Map.of("K", "甲"), Map.of("K", "a")))
          .isNotEqualTo(MessageBundle.of(Map.of("K", "乙"), Map.of("K", "a")))
          .hasToString("MessageBundle[zh=1, en=1]");
      assertThat(same.template("K", Locale.ENGLISH)).contains("a");
      assertThat(same.chineseKeys()).containsExactly("K");
    }
  }
}
