package io.github.gkml.assertj;

import static io.github.gkml.assertj.Fixtures.GUIDE;
import static io.github.gkml.assertj.Fixtures.catalog;
import static io.github.gkml.assertj.Fixtures.guide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.diff.CatalogDiffer;
import io.github.gkml.diff.Change;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.rules.Baseline;
import io.github.gkml.rules.NationalBaselines;
import io.github.gkml.validation.PublicationCheck;
import io.github.gkml.validation.PublicationRecord;
import io.github.gkml.validation.PublicationResult;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.RevisionCheck;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogAssertionsTest {

  static final Catalog V2023 = catalog("2023", guide().build());
  static final Catalog V2024_WIDER =
      catalog("2024", guide().channels("政府网站", "政务服务中心", "社区/企事业单位/村公示栏(电子屏)", "两微一端").build());
  static final Catalog V2024_NARROWER =
      catalog("2024", guide().content("办理事项", "办理条件", "救助标准", "申请材料", "办理流程", "办理时间、地点").build());
  static final Catalog BLANK_DEADLINE = catalog("2023", guide().deadline((Deadline) null).build());

  @Nested
  class Catalogs {

    @Test
    void is_valid_passes_for_a_complete_row_and_fails_listing_the_error() {
      CatalogAssertions.assertThat(V2023).isValid();

      assertThatThrownBy(() -> CatalogAssertions.assertThat(BLANK_DEADLINE).isValid())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("期望目录“大竹县社会救助领域基层政务公开标准目录”没有错误,但检查发现 1 条错误:")
          .hasMessageContaining("[ERROR] ELEMENT_MISSING 临时救助 / 办事指南: 缺少必备要素“公开时限”");
    }

    @Test
    void messages_come_in_english_on_request() {
      assertThatThrownBy(
              () ->
                  CatalogAssertions.assertThat(BLANK_DEADLINE).inLanguage(Locale.ENGLISH).isValid())
          .hasMessageContaining("to have no errors, but the check found 1:")
          .hasMessageContaining("required element \"deadline (公开时限)\" is blank");
    }

    @Test
    void has_no_findings_at_or_above_a_severity() {
      Catalog unknownChannel = catalog("2023", guide().channels("政府网站", "县融媒体中心").build());

      CatalogAssertions.assertThat(unknownChannel).hasNoFindingsAtOrAbove(Severity.ERROR);
      assertThatThrownBy(
              () ->
                  CatalogAssertions.assertThat(unknownChannel)
                      .hasNoFindingsAtOrAbove(Severity.WARNING))
          .hasMessageContaining("没有 WARNING 及以上的发现,但有 1 条")
          .hasMessageContaining("CHANNEL_UNKNOWN");
    }

    @Test
    void has_finding_and_has_item() {
      CatalogAssertions.assertThat(BLANK_DEADLINE)
          .hasFinding(RuleId.ELEMENT_MISSING, GUIDE)
          .hasItem(GUIDE);

      assertThatThrownBy(
              () -> CatalogAssertions.assertThat(V2023).hasFinding(RuleId.ELEMENT_MISSING, GUIDE))
          .hasMessageContaining("规则 ELEMENT_MISSING 在事项“临时救助 / 办事指南”上的发现,但没有");
      assertThatThrownBy(() -> CatalogAssertions.assertThat(V2023).hasItem(ItemPath.of("特困人员救助供养")))
          .hasMessageContaining("有事项“特困人员救助供养”,但没有");
    }

    @Test
    void satisfies_the_principles_against_the_previous_version() {
      CatalogAssertions.assertThat(V2024_WIDER).satisfiesThePrinciplesAgainst(V2023);

      assertThatThrownBy(
              () ->
                  CatalogAssertions.assertThat(V2024_NARROWER).satisfiesThePrinciplesAgainst(V2023))
          .hasMessageContaining("符合“公开事项只增不减、公开方式只多不少、公开时限只紧不松”,但有 1 条未接受的错误")
          .hasMessageContaining("[ERROR] CONTENT_ELEMENT_REMOVED 临时救助 / 办事指南 (联系方式 → —)");
    }

    @Test
    void conforms_to_a_baseline_it_refines_and_fails_listing_what_is_missing() {
      ItemPath results = ItemPath.of("临时救助", "救助结果");
      Baseline baseline =
          Baseline.from(catalog("基线", guide().build(), guide().path(results).build()));
      Catalog wider =
          catalog(
              "2024",
              guide().channels("政府网站", "政务服务中心", "社区/企事业单位/村公示栏(电子屏)", "两微一端").build(),
              guide().path(results).build());

      CatalogAssertions.assertThat(wider).conformsTo(baseline);
      assertThatThrownBy(() -> CatalogAssertions.assertThat(V2023).conformsTo(baseline))
          .hasMessageContaining(
              "期望目录“大竹县社会救助领域基层政务公开标准目录”符合标准“大竹县社会救助领域基层政务公开标准目录”(对标检查),但有 1 条未接受的错误")
          .hasMessageContaining("[ERROR] BASELINE_ITEM_MISSING 临时救助 / 救助结果");
    }

    @Test
    void conforms_to_the_national_baseline_of_its_domain() {
      Catalog national = NationalBaselines.of(PilotDomain.SOCIAL_ASSISTANCE).catalog();

      CatalogAssertions.assertThat(national).conformsToTheNationalBaseline();
      assertThatThrownBy(
              () ->
                  CatalogAssertions.assertThat(V2023)
                      .inLanguage(Locale.ENGLISH)
                      .conformsToTheNationalBaseline())
          .hasMessageContaining("to conform to baseline \"社会救助领域基层政务公开标准目录(国家标准指引基线)\"")
          .hasMessageContaining("BASELINE_ITEM_MISSING");
    }

    @Test
    void uses_the_validator_and_revision_check_given() {
      CatalogAssertions.assertThat(V2024_NARROWER)
          .usingRevisionCheck(RevisionCheck.defaults())
          .usingValidator(io.github.gkml.validation.CatalogValidator.defaults())
          .isValid();
    }
  }

  @Nested
  class Reports {

    static Report report(Catalog older, Catalog newer) {
      return Report.of("2023 → 2024", RevisionCheck.defaults().check(older, newer));
    }

    @Test
    void passes_and_fails() {
      CatalogAssertions.assertThat(report(V2023, V2024_WIDER))
          .passes()
          .hasNoFindingsAtOrAbove(Severity.WARNING);
      CatalogAssertions.assertThat(report(V2023, V2024_NARROWER)).fails();

      assertThatThrownBy(() -> CatalogAssertions.assertThat(report(V2023, V2024_NARROWER)).passes())
          .hasMessageContaining("期望报告“2023 → 2024”通过,但有 1 条导致不通过的发现")
          .hasMessageContaining("CONTENT_ELEMENT_REMOVED");
      assertThatThrownBy(() -> CatalogAssertions.assertThat(report(V2023, V2024_WIDER)).fails())
          .hasMessageContaining("不通过,但它通过了");
      assertThatThrownBy(
              () ->
                  CatalogAssertions.assertThat(report(V2023, V2024_WIDER))
                      .hasNoFindingsAtOrAbove(Severity.INFO))
          .hasMessageContaining("CHANNEL_ADDED");
    }

    @Test
    void has_finding_and_has_accepted_finding() {
      Report narrower = report(V2023, V2024_NARROWER);
      Report accepted =
          Report.of(
              "2023 → 2024",
              narrower.findings().stream().map(f -> f.withAccepted("经批准(竹民发〔2024〕21号)")).toList());

      CatalogAssertions.assertThat(narrower).hasFinding(RuleId.CONTENT_ELEMENT_REMOVED, GUIDE);
      CatalogAssertions.assertThat(accepted)
          .hasAcceptedFinding(RuleId.CONTENT_ELEMENT_REMOVED, GUIDE)
          .passes();
      assertThatThrownBy(
              () ->
                  CatalogAssertions.assertThat(narrower)
                      .hasAcceptedFinding(RuleId.CONTENT_ELEMENT_REMOVED, GUIDE))
          .hasMessageContaining("已被接受,但没有这样的已接受发现");
      assertThatThrownBy(
              () -> CatalogAssertions.assertThat(narrower).hasFinding(RuleId.ITEM_REMOVED, GUIDE))
          .hasMessageContaining("规则 ITEM_REMOVED");
    }
  }

  @Nested
  class Diffs {

    @Test
    void is_empty_and_has_change() {
      Catalog renamed = catalog("2024", guide().path(ItemPath.of("城乡临时救助", "办事指南")).build());

      CatalogAssertions.assertThat(CatalogDiffer.defaults().diff(V2023, V2023)).isEmpty();
      CatalogAssertions.assertThat(CatalogDiffer.defaults().diff(V2023, renamed))
          .hasChange(Change.ItemRenamed.class, ItemPath.of("城乡临时救助", "办事指南"));
      assertThatThrownBy(
              () ->
                  CatalogAssertions.assertThat(CatalogDiffer.defaults().diff(V2023, renamed))
                      .isEmpty())
          .hasMessageContaining("期望两个版本没有差异,但有 1 处变更")
          .hasMessageContaining("ItemRenamed 城乡临时救助 / 办事指南");
      assertThatThrownBy(
              () ->
                  CatalogAssertions.assertThat(CatalogDiffer.defaults().diff(V2023, renamed))
                      .inLanguage(Locale.ENGLISH)
                      .hasChange(Change.ItemRemoved.class, GUIDE))
          .hasMessageContaining("to have a change of kind ItemRemoved");
    }
  }

  @Nested
  class Publications {

    static final PublicationCheck CHECK = PublicationCheck.of(V2023);

    static PublicationResult published(String day, String... channels) {
      Set<io.github.gkml.model.Channel> where = new java.util.LinkedHashSet<>();
      for (String name : channels) {
        where.add(ChannelVocabulary.standard().resolve(name));
      }
      return CHECK.check(
          PublicationRecord.formed("竹临救〔2024〕7号", GUIDE, LocalDate.parse("2024-09-25"))
              .publishedOn(LocalDate.parse(day), where),
          LocalDate.parse(day));
    }

    @Test
    void on_time_late_and_overdue() {
      CatalogAssertions.assertThat(published("2024-10-12", "政府网站", "政务服务中心", "公示栏"))
          .wasPublishedOnTime()
          .complies();
      CatalogAssertions.assertThat(published("2024-10-15", "政府网站", "政务服务中心", "公示栏"))
          .wasPublishedLate();
      CatalogAssertions.assertThat(
              CHECK.check(
                  PublicationRecord.formed("R", GUIDE, LocalDate.parse("2024-09-25")),
                  LocalDate.parse("2024-10-15")))
          .isOverdue();

      assertThatThrownBy(
              () ->
                  CatalogAssertions.assertThat(published("2024-10-15", "政府网站"))
                      .wasPublishedOnTime())
          .hasMessageContaining("期望记录 竹临救〔2024〕7号 的状态为 ON_TIME,实际为 LATE(到期日 2024-10-14)")
          .hasMessageContaining("PUBLICATION_LATE");
    }

    @Test
    void complies_and_lacks_channel() {
      PublicationResult websiteOnly = published("2024-10-10", "政府网站");

      CatalogAssertions.assertThat(websiteOnly).lacksChannel("社区/企事业单位/村公示栏(电子屏)");
      assertThatThrownBy(() -> CatalogAssertions.assertThat(websiteOnly).complies())
          .hasMessageContaining("期望记录 竹临救〔2024〕7号 合规,但有 2 条错误");
      assertThatThrownBy(
              () ->
                  CatalogAssertions.assertThat(published("2024-10-10", "政府网站", "政务服务中心", "公示栏"))
                      .lacksChannel("政府网站"))
          .hasMessageContaining("缺少公开渠道“政府网站”,但没有这样的发现");
    }
  }

  @Nested
  class Soft_assertions {

    @Test
    void collect_every_failure() {
      CatalogSoftAssertions softly = new CatalogSoftAssertions();
      softly.assertThat(BLANK_DEADLINE).isValid();
      softly.assertThat(V2024_NARROWER).satisfiesThePrinciplesAgainst(V2023);
      softly.assertThat(V2023).isValid();

      assertThat(softly.errorsCollected()).hasSize(2);
      assertThatThrownBy(softly::assertAll)
          .hasMessageContaining("ELEMENT_MISSING")
          .hasMessageContaining("CONTENT_ELEMENT_REMOVED");
    }

    @Test
    void work_for_every_kind_of_subject() {
      CatalogSoftAssertions softly = new CatalogSoftAssertions();
      softly.assertThat(Report.of("r", List.of())).passes();
      softly.assertThat(CatalogDiffer.defaults().diff(V2023, V2023)).isEmpty();
      softly.assertThat(Publications.published("2024-10-12", "政府网站", "政务服务中心", "公示栏")).complies();

      softly.assertAll();
    }
  }
}
