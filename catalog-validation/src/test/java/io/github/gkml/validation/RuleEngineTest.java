package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Channel;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.testing.CatalogGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rule engine: the SPI, rule sets, discovery and embedding. */
class RuleEngineTest {

  /** A county's own rule: every 社会救助 item is published on the government website. */
  static final class OnPortal implements CatalogRule {
    static final RuleId ID = RuleId.of("COUNTY_PORTAL_REQUIRED");
    static final Channel PORTAL = ChannelVocabulary.standard().resolve("政府网站");

    @Override
    public List<RuleDescription> descriptions() {
      return List.of(
          RuleDescription.of(ID, Severity.WARNING, "须在政府网站公开", "Published on the portal"));
    }

    @Override
    public Set<PilotDomain> domains() {
      return Set.of(PilotDomain.SOCIAL_ASSISTANCE);
    }

    @Override
    public void check(Catalog catalog, RuleContext context) {
      for (int i = 0; i < catalog.items().size(); i++) {
        if (!catalog.items().get(i).channels().contains(PORTAL)) {
          context.report(i, Finding.builder(ID, Severity.WARNING).field("channels"));
        }
      }
    }
  }

  static Catalog boardOnly(PilotDomain domain) {
    return RealRows.county(
        domain, RealRows.socialAssistancePolicies().toBuilder().channels("公开查阅点").build());
  }

  @Nested
  class The_spi {

    @Test
    void runs_a_rule_passed_in_only_on_its_domain() {
      CatalogValidator validator = CatalogValidator.builtIn().withRules(List.of(new OnPortal()));

      assertThat(validator.validate(boardOnly(PilotDomain.SOCIAL_ASSISTANCE)))
          .extracting(Finding::ruleId)
          .containsExactly(OnPortal.ID);
      assertThat(validator.validate(boardOnly(PilotDomain.ELDERLY_CARE))).isEmpty();
      assertThat(validator.rules()).extracting(RuleDescription::id).contains(OnPortal.ID);
    }

    @Test
    void refuses_two_rules_with_one_id() {
      CatalogRule clash =
          new CatalogRule() {
            @Override
            public List<RuleDescription> descriptions() {
              return List.of(
                  RuleDescription.of(RuleId.ELEMENT_MISSING, Severity.INFO, "重复", "clash"));
            }

            @Override
            public void check(Catalog catalog, RuleContext context) {}
          };

      assertThatThrownBy(() -> CatalogValidator.builtIn().withRules(List.of(clash)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("ELEMENT_MISSING");
    }

    @Test
    void the_defaults_discover_the_built_in_rules_once() {
      assertThat(CatalogValidator.defaults().rules())
          .extracting(RuleDescription::id)
          .doesNotHaveDuplicates()
          .containsAll(
              CatalogValidator.builtIn().rules().stream().map(RuleDescription::id).toList());
      assertThat(CatalogValidator.discover(getClass().getClassLoader()))
          .hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void every_built_in_rule_is_described_in_both_languages() {
      assertThat(CatalogValidator.builtIn().rules())
          .hasSize(11)
          .allSatisfy(
              d -> {
                assertThat(d.purpose(java.util.Locale.CHINA)).isNotBlank();
                assertThat(d.purpose(java.util.Locale.ENGLISH))
                    .isNotBlank()
                    .isNotEqualTo(d.purposeZh());
              });
    }
  }

  @Nested
  class Rule_sets {

    @Test
    void disable_and_severity_overrides_apply_to_one_validator_only() {
      CatalogValidator base = CatalogValidator.builtIn().withRules(List.of(new OnPortal()));
      CatalogValidator quiet = base.withRuleSet(RuleSet.defaults().disable(OnPortal.ID));
      CatalogValidator strict =
          base.withRuleSet(RuleSet.defaults().withSeverity(OnPortal.ID, Severity.ERROR));
      Catalog catalog = boardOnly(PilotDomain.SOCIAL_ASSISTANCE);

      assertThat(quiet.validate(catalog)).isEmpty();
      assertThat(strict.validate(catalog))
          .extracting(Finding::severity)
          .containsExactly(Severity.ERROR);
      assertThat(base.validate(catalog))
          .extracting(Finding::severity)
          .containsExactly(Severity.WARNING);
      assertThat(RuleSet.defaults().isEnabled(OnPortal.ID)).isTrue();
    }

    @Test
    void are_immutable_values() {
      RuleSet a = RuleSet.defaults().disable(RuleId.DEADLINE_VAGUE).withOption("k", "v");
      RuleSet b = RuleSet.defaults().disable(RuleId.DEADLINE_VAGUE).withOption("k", "v");

      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(RuleSet.defaults());
      assertThat(a.enable(RuleId.DEADLINE_VAGUE).disabled()).isEmpty();
      assertThat(a.option("k")).contains("v");
      assertThat(a.toString()).contains("DEADLINE_VAGUE");
    }
  }

  @Nested
  class Embedding {

    @Test
    void one_validator_checks_many_catalogs_at_once_with_the_results_of_one_thread()
        throws Exception {
      long seed = 20240628L;
      CatalogValidator validator = CatalogValidator.builtIn().withRules(List.of(new OnPortal()));
      List<Catalog> catalogs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        catalogs.add(CatalogGenerator.seeded(seed + i).catalog(300));
      }
      List<List<Finding>> expected = new ArrayList<>();
      for (Catalog catalog : catalogs) {
        expected.add(validator.validate(catalog));
      }

      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<Finding>>> results = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
          for (Catalog catalog : catalogs) {
            results.add(pool.submit(() -> validator.validate(catalog)));
          }
        }
        for (int i = 0; i < results.size(); i++) {
          assertThat(results.get(i).get())
              .as("seed %d", seed + i % 16)
              .isEqualTo(expected.get(i % 16));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  class Rule_set_files {

    static RuleSet read(String yaml) throws RuleSetFileException {
      return RuleSetFile.read(
          yaml.getBytes(StandardCharsets.UTF_8), "rules.yaml", CatalogValidator.builtIn());
    }

    @Test
    void reads_switches_severities_and_options() throws RuleSetFileException {
      RuleSet rules =
          read(
              """
              format: gkml-rules/1
              rules:
                DEADLINE_VAGUE: {enabled: false}
                LEVEL_INCONSISTENT: {severity: warning}
              options:
                statutoryPeriod: 15个工作日
                promptWithin: 5个工作日
                sameTriggers: [OBTAINED, FORMED_OR_CHANGED]
                compareUnmatchedClauses: true
              """);

      assertThat(rules.isEnabled(RuleId.DEADLINE_VAGUE)).isFalse();
      assertThat(rules.severities()).containsEntry(RuleId.LEVEL_INCONSISTENT, Severity.WARNING);
      assertThat(rules.statutoryPeriod()).hasToString("15个工作日");
      assertThat(rules.policy().promptWithin()).hasToString("5个工作日");
      assertThat(rules.policy().compareUnmatchedClauses()).isTrue();
      assertThat(rules.policy().sameTriggers()).hasSize(1);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
        delimiter = '|',
        value = {
          "rules: {}|missing format: gkml-rules/1",
          "format: gkml-rules/2|rules.yaml:1:9 (/format): expected format: gkml-rules/1, found gkml-rules/2",
          "format: gkml-rules/1\\nrules: {DEADLINE_VAGE: {enabled: false}}|rules.yaml:2:9 (/rules/DEADLINE_VAGE): unknown rule id DEADLINE_VAGE",
          "format: gkml-rules/1\\nrules: {DEADLINE_VAGUE: {severity: fatal}}|(/rules/DEADLINE_VAGUE/severity): expected error, warning or info, found fatal",
          "format: gkml-rules/1\\nrules: {DEADLINE_VAGUE: {enabled: maybe}}|expected true or false, found maybe",
          "format: gkml-rules/1\\noptions: {statutoryPeriod: soon}|(/options/statutoryPeriod): expected a period",
          "format: gkml-rules/1\\noptions: {colour: red}|unknown option \"colour\"",
          "format: gkml-rules/1\\noptions: {sameTriggers: [OBTAINED]}|needs two or more triggers",
          "format: gkml-rules/1\\noptions: {sameTriggers: [OBTAINED, LATER]}|unknown trigger LATER",
          "format: gkml-rules/1\\nformat: gkml-rules/1|duplicate field \"format\"",
          "format: gkml-rules/1\\nrule: {}|unknown field \"rule\"",
          "format: gkml-rules/1\\nrules: [a]|expected a mapping from rule id",
          "format: 'gkml-rules/1|not well-formed YAML",
          "- a|expected a rule-set file",
        })
    void refuses_what_it_cannot_use_naming_the_line_and_field(String yaml, String expected) {
      assertThatThrownBy(() -> read(yaml.replace("\\n", "\n")))
          .isInstanceOf(RuleSetFileException.class)
          .hasMessageContaining(expected);
    }
  }
}
