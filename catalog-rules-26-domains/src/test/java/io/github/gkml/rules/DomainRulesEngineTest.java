package io.github.gkml.rules;

import static io.github.gkml.rules.DomainRules.DEADLINE_EXCEEDS_STATUTE;
import static io.github.gkml.rules.DomainRules.DISPLAY_PERIOD_MISSING;
import static io.github.gkml.rules.DomainRules.DISPLAY_PERIOD_TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.Item;
import io.github.gkml.model.Mode;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.rules.internal.DomainChecks;
import io.github.gkml.rules.internal.DomainStatute;
import io.github.gkml.rules.internal.DomainStatutes;
import io.github.gkml.rules.internal.FoldedItem;
import io.github.gkml.validation.CatalogRule;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.MessageBundle;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.RuleSet;
import io.github.gkml.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The domain rules in the engine: discovery, domains, citations, severities and messages. */
class DomainRulesEngineTest {

  static final Item LAND_PLAN = DomainRulesTest.LAND_PLAN;

  @Nested
  class Discovery {

    @Test
    void the_defaults_find_the_domain_rules_as_services() {
      assertThat(CatalogValidator.defaults().rules())
          .extracting(RuleDescription::id)
          .contains(DEADLINE_EXCEEDS_STATUTE, DISPLAY_PERIOD_TOO_SHORT, DISPLAY_PERIOD_MISSING);
      assertThat(CatalogValidator.discover(getClass().getClassLoader()))
          .extracting(rule -> rule.getClass().getSimpleName())
          .contains("DomainDeadlineRule", "DomainDisplayPeriodRule");
    }

    @Test
    void describe_each_id_in_both_languages_with_its_severity() {
      List<RuleDescription> descriptions =
          DomainRules.all().stream().flatMap(r -> r.descriptions().stream()).toList();

      assertThat(descriptions)
          .extracting(RuleDescription::id, RuleDescription::defaultSeverity)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(DEADLINE_EXCEEDS_STATUTE, Severity.ERROR),
              org.assertj.core.groups.Tuple.tuple(DISPLAY_PERIOD_TOO_SHORT, Severity.ERROR),
              org.assertj.core.groups.Tuple.tuple(DISPLAY_PERIOD_MISSING, Severity.WARNING));
      assertThat(descriptions)
          .allSatisfy(
              d -> {
                assertThat(d.purpose(Locale.CHINA)).isNotBlank();
                assertThat(d.purpose(Locale.ENGLISH)).isNotEqualTo(d.purposeZh());
                assertThat(d.source()).isNotBlank();
              });
    }

    @Test
    void run_built_by_hand_as_by_the_defaults() {
      CatalogValidator byHand = CatalogValidator.builtIn().withRules(DomainRules.all());

      assertThat(
              byHand.validate(
                  DomainRows.county(PilotDomain.LAND_ACQUISITION_COMPENSATION, LAND_PLAN)))
          .isEqualTo(
              CatalogValidator.defaults()
                  .validate(
                      DomainRows.county(PilotDomain.LAND_ACQUISITION_COMPENSATION, LAND_PLAN)));
    }
  }

  @Nested
  class Domains {

    @Test
    void each_rule_runs_only_on_the_domains_its_facts_are_about() {
      assertThat(DomainRules.all())
          .allSatisfy(
              rule -> {
                assertThat(rule.domains()).isNotEmpty().doesNotContain(PilotDomain.ELDERLY_CARE);
                assertThat(
                        rule.appliesTo(
                            DomainRows.county(PilotDomain.HOUSEHOLD_REGISTRATION, LAND_PLAN)))
                    .isFalse();
              });
      CatalogRule display = DomainRules.all().get(1);
      assertThat(display.domains())
          .contains(PilotDomain.LAND_ACQUISITION_COMPENSATION, PilotDomain.SOCIAL_ASSISTANCE);
    }

    @Test
    void a_social_assistance_catalog_does_not_get_the_land_rules_and_back() {
      Item dibao = DomainRows.displayed(DomainRulesTest.DIBAO_REVIEW, "公示3天");
      Item landPlan = DomainRows.displayed(LAND_PLAN, "公告期限为10个工作日");

      assertThat(DomainRulesTest.domainFindings(PilotDomain.SOCIAL_ASSISTANCE, landPlan)).isEmpty();
      assertThat(DomainRulesTest.domainFindings(PilotDomain.LAND_ACQUISITION_COMPENSATION, dibao))
          .isEmpty();
      assertThat(DomainRulesTest.domainFindings(PilotDomain.SOCIAL_ASSISTANCE, dibao))
          .extracting(Finding::ruleId)
          .containsExactly(DISPLAY_PERIOD_TOO_SHORT);
    }
  }

  static Stream<Arguments> breakingErrors() {
    return DomainRulesTest.breaking().filter(a -> !a.get()[2].equals(DISPLAY_PERIOD_MISSING));
  }

  /** The entries of the kinds the rule checks that the item is one of. */
  static List<DomainStatute> entries(PilotDomain domain, Item item, RuleId rule) {
    Set<DomainStatute.Kind> kinds =
        rule.equals(DEADLINE_EXCEEDS_STATUTE)
            ? Set.of(DomainStatute.Kind.PUBLISH)
            : Set.of(DomainStatute.Kind.DISPLAY, DomainStatute.Kind.COMMENT);
    return DomainStatutes.bundled().applying(kinds, domain, FoldedItem.of(item));
  }

  @Nested
  class Citations {

    /**
     * An item that cites the law gets one finding for one breach: the built-in rule's where the
     * table says the built-in statutes hold citing items to the same period, else the domain
     * rule's.
     */
    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("io.github.gkml.rules.DomainRulesEngineTest#breakingErrors")
    void an_item_citing_the_law_gets_one_finding_per_breach(
        PilotDomain domain, Item item, RuleId rule, String inMessage) {
      List<DomainStatute> laws = entries(domain, item, rule);
      List<String> basis = new ArrayList<>();
      item.basis().forEach(b -> basis.add(b.raw()));
      laws.forEach(law -> basis.add(cited(law)));
      Item citing = item.toBuilder().basis(basis.toArray(String[]::new)).build();
      RuleId builtIn =
          rule.equals(DEADLINE_EXCEEDS_STATUTE)
              ? RuleId.DEADLINE_EXCEEDS_STATUTE
              : RuleId.DISPLAY_PERIOD_TOO_SHORT;

      List<RuleId> found =
          CatalogValidator.defaults().validate(DomainRows.county(domain, citing)).stream()
              .map(Finding::ruleId)
              .toList();

      boolean deadline = rule.equals(DEADLINE_EXCEEDS_STATUTE);
      assertThat(laws).isNotEmpty();
      if (laws.stream().allMatch(DomainStatute::builtIn)
          && (!deadline || item.modes().contains(Mode.PROACTIVE))) {
        assertThat(found).as(inMessage).contains(builtIn).doesNotContain(rule);
      } else {
        assertThat(found).as(inMessage).contains(rule);
      }
    }

    @Test
    void every_entry_of_the_table_is_broken_by_a_real_row_above() {
      List<DomainStatute> broken =
          breakingErrors()
              .flatMap(
                  a -> {
                    Object[] args = a.get();
                    return entries((PilotDomain) args[0], (Item) args[1], (RuleId) args[2])
                        .stream();
                  })
              .toList();

      assertThat(DomainStatutes.bundled().entries())
          .allSatisfy(e -> assertThat(broken).contains(e));
    }

    @Test
    void a_citing_item_is_the_domain_rules_again_when_the_built_in_rule_is_disabled() {
      Item citing =
          DomainRows.displayed(LAND_PLAN, "公告期限为10个工作日").toBuilder()
              .basis("《中华人民共和国土地管理法实施条例》(国务院令第743号)")
              .build();
      CatalogValidator quiet =
          CatalogValidator.defaults()
              .withRuleSet(RuleSet.defaults().disable(RuleId.DISPLAY_PERIOD_TOO_SHORT));

      assertThat(
              quiet.validate(DomainRows.county(PilotDomain.LAND_ACQUISITION_COMPENSATION, citing)))
          .extracting(Finding::ruleId)
          .contains(DISPLAY_PERIOD_TOO_SHORT);
    }

    static String cited(DomainStatute law) {
      String title = law.title() == null ? "" : "《" + law.title() + "》";
      return law.number() == null ? title : title + "(" + law.number() + ")";
    }
  }

  @Nested
  class Severities_and_messages {

    @Test
    void a_rule_set_disables_or_regrades_the_domain_ids() {
      Item short10 = DomainRows.displayed(LAND_PLAN, "公告期限为10个工作日");
      CatalogValidator configured =
          CatalogValidator.defaults()
              .withRuleSet(
                  RuleSet.defaults()
                      .disable(DISPLAY_PERIOD_MISSING)
                      .withSeverity(DISPLAY_PERIOD_TOO_SHORT, Severity.WARNING));

      assertThat(
              configured.validate(
                  DomainRows.county(PilotDomain.LAND_ACQUISITION_COMPENSATION, short10, LAND_PLAN)))
          .filteredOn(f -> f.ruleId().id().startsWith("DOMAIN_"))
          .extracting(Finding::ruleId, Finding::severity)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(DISPLAY_PERIOD_TOO_SHORT, Severity.WARNING));
    }

    @Test
    void a_finding_renders_in_both_languages_without_the_caller_knowing_the_rule() {
      Finding finding =
          DomainRulesTest.domainFindings(
                  PilotDomain.LAND_ACQUISITION_COMPENSATION,
                  DomainRows.displayed(LAND_PLAN, "公告期限为10个工作日"))
              .get(0);

      assertThat(finding.message(Locale.CHINA))
          .startsWith(
              "本事项属于征地补偿安置方案公告,《土地管理法实施条例》(国务院令第743号)第二十八条规定公示期不少于30日;" + "公示期“公告期限为10个工作日”可能不足:");
      assertThat(finding.message(Locale.ENGLISH))
          .startsWith(
              "this item is a 征地补偿安置方案公告, which 《土地管理法实施条例》(国务院令第743号)第二十八条"
                  + " requires to be displayed for at least 30日; the display period \"公告期限为10个工作日\"");
      assertThat(finding.field()).isEqualTo("displayPeriod");
      assertThat(finding.newValue()).isEqualTo("公告期限为10个工作日");
    }

    @Test
    void the_bundles_have_the_same_keys_and_placeholders_in_both_languages() {
      MessageBundle bundle = DomainChecks.MESSAGES;

      assertThat(bundle.englishKeys()).isEqualTo(bundle.chineseKeys());
      for (String key : bundle.chineseKeys()) {
        assertThat(MessageBundle.placeholders(bundle.template(key, Locale.ENGLISH).orElseThrow()))
            .as(key)
            .isEqualTo(
                MessageBundle.placeholders(bundle.template(key, Locale.CHINA).orElseThrow()));
      }
      assertThat(bundle.chineseKeys())
          .contains(
              DEADLINE_EXCEEDS_STATUTE.id(),
              DISPLAY_PERIOD_TOO_SHORT.id(),
              DISPLAY_PERIOD_MISSING.id());
    }
  }
}
