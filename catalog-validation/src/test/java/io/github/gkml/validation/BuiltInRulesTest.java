package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.Item;
import io.github.gkml.model.PilotDomain;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each built-in rule on real rows that break it and real rows that must pass. */
class BuiltInRulesTest {

  static List<Finding> validate(PilotDomain domain, Item... items) {
    return CatalogValidator.builtIn().validate(RealRows.county(domain, items));
  }

  static List<Finding> of(RuleId rule, List<Finding> findings) {
    return findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  @Nested
  class Deadline_exceeds_statute {

    @Test
    void reports_30_calendar_days_which_are_later_than_20_working_days_for_most_start_dates() {
      List<Finding> findings =
          of(
              RuleId.DEADLINE_EXCEEDS_STATUTE,
              validate(PilotDomain.SPATIAL_PLANNING, RealRows.villagePlans()));

      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.field()).isEqualTo("deadline");
                assertThat(f.message(Locale.CHINA))
                    .startsWith("公开时限“自该信息形成或者变更之日起30日内予以公开")
                    .contains("条例第二十六条规定的信息形成之日起20个工作日");
                assertThat(f.message(Locale.ENGLISH)).contains("can be later than the 20个工作日");
              });
    }

    @Test
    void passes_20_working_days_and_the_tighter_10_of_the_civil_affairs_guideline() {
      assertThat(
              of(
                  RuleId.DEADLINE_EXCEEDS_STATUTE,
                  validate(PilotDomain.EMPLOYMENT, RealRows.jobPostings())))
          .isEmpty();
      assertThat(
              of(
                  RuleId.DEADLINE_EXCEEDS_STATUTE,
                  validate(PilotDomain.SOCIAL_ASSISTANCE, RealRows.socialAssistancePolicies())))
          .isEmpty();
    }

    @Test
    void holds_a_budget_to_the_20_calendar_days_of_the_budget_law_it_cites() {
      Item budget = RealRows.governmentBudget();
      // Hubei's 2014 rule said 20个工作日, which some catalogs still carry (legal-facts §4).
      Item looser = budget.toBuilder().deadline("本级人民代表大会或其常务委员会批准后20个工作日内").build();

      assertThat(
              of(
                  RuleId.DEADLINE_EXCEEDS_STATUTE,
                  validate(PilotDomain.BUDGETS_AND_FINAL_ACCOUNTS, budget)))
          .isEmpty();
      assertThat(
              of(
                  RuleId.DEADLINE_EXCEEDS_STATUTE,
                  validate(PilotDomain.BUDGETS_AND_FINAL_ACCOUNTS, looser)))
          .singleElement()
          .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains("所引《预算法》第十四条规定的20日"));
    }

    @Test
    void follows_a_configured_statutory_period() {
      RuleSet tighter =
          RuleSet.defaults()
              .withStatutoryPeriod(
                  io.github.gkml.model.TimeSpan.of(
                      15, io.github.gkml.model.PeriodUnit.WORKING_DAYS));

      List<Finding> findings =
          CatalogValidator.builtIn()
              .withRuleSet(tighter)
              .validate(RealRows.county(PilotDomain.EMPLOYMENT, RealRows.jobPostings()));

      assertThat(of(RuleId.DEADLINE_EXCEEDS_STATUTE, findings)).hasSize(1);
    }

    @Test
    void holds_an_on_request_reply_to_20_working_days_plus_20() {
      assertThat(
              of(
                  RuleId.DEADLINE_EXCEEDS_STATUTE,
                  validate(
                      PilotDomain.HOUSING_EXPROPRIATION, RealRows.onRequest("自收到申请之日起20个工作日内公开"))))
          .isEmpty();
      assertThat(
              of(
                  RuleId.DEADLINE_EXCEEDS_STATUTE,
                  validate(
                      PilotDomain.HOUSING_EXPROPRIATION, RealRows.onRequest("自收到申请之日起30个工作日内公开"))))
          .singleElement()
          .satisfies(f -> assertThat(f.message(Locale.CHINA)).startsWith("依申请答复期限"));
    }

    @Test
    void leaves_a_deadline_without_a_number_to_deadline_vague() {
      assertThat(
              of(
                  RuleId.DEADLINE_EXCEEDS_STATUTE,
                  validate(PilotDomain.WORK_SAFETY, RealRows.majorDecisionDrafts())))
          .isEmpty();
    }
  }

  @Nested
  class Deadline_vague {

    @Test
    void warns_of_progress_and_prompt_deadlines() {
      assertThat(
              of(
                  RuleId.DEADLINE_VAGUE,
                  validate(PilotDomain.WORK_SAFETY, RealRows.majorDecisionDrafts())))
          .singleElement()
          .extracting(Finding::severity, Finding::newValue)
          .containsExactly(Severity.WARNING, "按进展情况及时公开");
      assertThat(
              of(
                  RuleId.DEADLINE_VAGUE,
                  validate(PilotDomain.PUBLIC_RESOURCE_TRADING, RealRows.tenderNotice())))
          .hasSize(1);
    }

    @Test
    void passes_a_number_even_when_the_text_also_says_promptly() {
      Item row = RealRows.damagedTrees();

      assertThat(
              of(
                  RuleId.DEADLINE_VAGUE,
                  validate(PilotDomain.URBAN_ADMINISTRATIVE_ENFORCEMENT, row)))
          .isEmpty();
    }
  }

  @Nested
  class Display_period_too_short {

    @Test
    void requires_30_days_for_a_compensation_plan() {
      assertThat(
              of(
                  RuleId.DISPLAY_PERIOD_TOO_SHORT,
                  validate(
                      PilotDomain.LAND_ACQUISITION_COMPENSATION,
                      RealRows.compensationNotice("10个工作日"))))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message(Locale.CHINA)).contains("第二十八条").contains("不少于30日");
              });
      assertThat(
              of(
                  RuleId.DISPLAY_PERIOD_TOO_SHORT,
                  validate(
                      PilotDomain.LAND_ACQUISITION_COMPENSATION,
                      RealRows.compensationNotice("期不少于30日"))))
          .isEmpty();
    }

    @Test
    void passes_the_5_working_days_of_a_tender_notice_and_reports_3() {
      Item notice = RealRows.tenderNotice();
      Item shorter = notice.toBuilder().deadline("及时公开,公告期限为3个工作日").build();

      assertThat(
              of(
                  RuleId.DISPLAY_PERIOD_TOO_SHORT,
                  validate(PilotDomain.PUBLIC_RESOURCE_TRADING, notice)))
          .isEmpty();
      assertThat(
              of(
                  RuleId.DISPLAY_PERIOD_TOO_SHORT,
                  validate(PilotDomain.PUBLIC_RESOURCE_TRADING, shorter)))
          .singleElement()
          .extracting(Finding::newValue)
          .isEqualTo("公告期限为3个工作日");
    }
  }

  @Nested
  class Basis_superseded {

    @Test
    void warns_of_the_2007_regulation_and_its_old_article() {
      Item row = RealRows.socialAssistancePolicies();
      Item old = row.toBuilder().basis("《中华人民共和国政府信息公开条例》(国务院令第492号)").build();
      Item article = row.toBuilder().basis("《政府信息公开条例》第十八条").build();

      assertThat(of(RuleId.BASIS_SUPERSEDED, validate(PilotDomain.SOCIAL_ASSISTANCE, old, row)))
          .singleElement()
          .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains("国务院令第711号"));
      assertThat(of(RuleId.BASIS_SUPERSEDED, validate(PilotDomain.SOCIAL_ASSISTANCE, article)))
          .singleElement()
          .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains("第十八条"));
    }

    @Test
    void warns_of_the_old_reply_period_of_15_plus_15() {
      Item old = RealRows.onRequest("自收到申请之日起15个工作日内答复,可延长15个工作日");

      assertThat(of(RuleId.BASIS_SUPERSEDED, validate(PilotDomain.HOUSING_EXPROPRIATION, old)))
          .singleElement()
          .extracting(Finding::field)
          .isEqualTo("deadline");
    }

    @Test
    void passes_the_2019_regulation_in_every_spelling() {
      assertThat(
              of(
                  RuleId.BASIS_SUPERSEDED,
                  validate(
                      PilotDomain.EMPLOYMENT,
                      RealRows.jobPostings(),
                      RealRows.socialAssistancePolicies())))
          .isEmpty();
    }
  }

  @Nested
  class Level_inconsistent {

    @Test
    void an_item_only_above_the_catalog_is_an_error_partly_above_a_warning() {
      Item trees = RealRows.damagedTrees();
      Catalog township =
          RealRows.county(PilotDomain.URBAN_ADMINISTRATIVE_ENFORCEMENT, trees)
              .withMetadata(
                  RealRows.county(PilotDomain.URBAN_ADMINISTRATIVE_ENFORCEMENT)
                      .metadata()
                      .withLevel(AdminLevel.TOWNSHIP));

      assertThat(
              of(
                  RuleId.LEVEL_INCONSISTENT,
                  validate(PilotDomain.URBAN_ADMINISTRATIVE_ENFORCEMENT, trees)))
          .extracting(Finding::severity, f -> f.params().get("above"))
          .containsExactly(tuple(Severity.WARNING, "市级"));
      assertThat(of(RuleId.LEVEL_INCONSISTENT, CatalogValidator.builtIn().validate(township)))
          .extracting(Finding::severity)
          .containsExactly(Severity.ERROR);
    }

    @Test
    void passes_items_at_the_catalogs_level_and_below() {
      assertThat(
              of(
                  RuleId.LEVEL_INCONSISTENT,
                  validate(
                      PilotDomain.SPATIAL_PLANNING,
                      RealRows.villagePlans(),
                      RealRows.jobPostings())))
          .isEmpty();
    }
  }

  @Test
  void the_real_rows_that_follow_every_rule_give_no_finding() {
    assertThat(validate(PilotDomain.SOCIAL_ASSISTANCE, RealRows.socialAssistancePolicies()))
        .isEmpty();
    assertThat(validate(PilotDomain.EMPLOYMENT, RealRows.jobPostings())).isEmpty();
    assertThat(validate(PilotDomain.BUDGETS_AND_FINAL_ACCOUNTS, RealRows.governmentBudget()))
        .isEmpty();
  }
}
