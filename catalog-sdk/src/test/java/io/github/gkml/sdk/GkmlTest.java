package io.github.gkml.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.io.TableExporter;
import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.Channel;
import io.github.gkml.model.DueDate;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.WorkingCalendar;
import io.github.gkml.rules.Conformance;
import io.github.gkml.validation.AcceptanceFile;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.PublicationRecord;
import io.github.gkml.validation.PublicationResult;
import io.github.gkml.validation.PublicationStatus;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade over the example catalogs of 大竹县 (社会救助 2023 → 2024) and 养老服务. */
class GkmlTest {

  static final Path DATA = Path.of(System.getProperty("gkml.root", "..")).resolve("examples/data");
  static final Path OLD = DATA.resolve("shehui-jiuzhu-2023.yaml");
  static final Path NEW = DATA.resolve("shehui-jiuzhu-2024.yaml");
  static final Path ACCEPTED = DATA.resolve("shehui-jiuzhu-acceptances.yaml");
  static final Path ELDERLY = DATA.resolve("yanglao-fuwu-2024.yaml");

  /** 2024-06-30 16:30 UTC is already 1 July in Beijing. */
  static final Clock LATE_ON_30_JUNE_UTC =
      Clock.fixed(Instant.parse("2024-06-30T16:30:00Z"), ZoneOffset.UTC);

  final Gkml gkml = Gkml.defaults();

  @TempDir Path dir;

  static List<RuleId> ruleIds(Report report, Severity severity) {
    return report.findings().stream()
        .filter(f -> f.severity() == severity && !f.isAccepted())
        .map(Finding::ruleId)
        .toList();
  }

  @Nested
  class Loading {

    @Test
    void reads_a_catalog_file_with_where_each_item_is() throws IOException {
      CatalogInput input = gkml.load(NEW);

      assertThat(input.catalog().domain()).isEqualTo(PilotDomain.SOCIAL_ASSISTANCE);
      assertThat(input.catalog().metadata().version()).isEqualTo("2024");
      assertThat(input.source()).isEqualTo(NEW.toString());
      assertThat(input.findings()).isEmpty();
      assertThat(input.loaded().locationOf(0))
          .hasValueSatisfying(l -> assertThat(l.row()).isPositive());
    }

    @Test
    void reads_a_table_as_the_same_catalog_as_the_file_it_was_exported_from() throws IOException {
      Catalog original = gkml.load(NEW).catalog();
      Path workbook = dir.resolve("社会救助-2024.xlsx");
      TableExporter.defaults().write(original, workbook);

      CatalogInput table = gkml.load(workbook);

      assertThat(table.findings()).isEmpty();
      assertThat(table.catalog().items())
          .extracting(i -> i.path().key())
          .containsExactlyElementsOf(original.items().stream().map(i -> i.path().key()).toList());
      assertThat(table.loaded().locationOf(0))
          .hasValueSatisfying(l -> assertThat(l.file()).isEqualTo(workbook.toString()));
    }

    @Test
    void
        reads_every_catalog_of_a_page_with_one_table_per_domain_and_refuses_it_where_one_is_expected()
            throws IOException {
      Path page = twoDomainPage();

      List<CatalogInput> all = gkml.loadAll(page);

      assertThat(all)
          .extracting(c -> c.catalog().domain())
          .containsExactly(PilotDomain.SOCIAL_ASSISTANCE, PilotDomain.ELDERLY_CARE);
      assertThatThrownBy(() -> gkml.load(page))
          .isInstanceOf(CatalogInputException.class)
          .hasMessageStartingWith(page + ": holds 2 catalogs where one is expected")
          .hasMessageContaining("gkml import");
    }

    @Test
    void names_the_file_and_line_of_a_catalog_file_that_breaks_the_format() throws IOException {
      Path broken = dir.resolve("broken.yaml");
      Files.writeString(
          broken,
          Files.readString(NEW, StandardCharsets.UTF_8)
              .replace("deadline: 制定或获取信息之日起10个工作日内", "deadline: [1, 2"),
          StandardCharsets.UTF_8);

      assertThatThrownBy(() -> gkml.load(broken))
          .isInstanceOf(CatalogInputException.class)
          .hasCauseInstanceOf(CatalogFormatException.class)
          .hasMessageStartingWith(broken + ":");
    }

    @Test
    void refuses_a_file_that_is_neither_a_catalog_nor_a_table() {
      Path text = dir.resolve("目录.txt");

      assertThatThrownBy(() -> gkml.load(text))
          .isInstanceOf(CatalogInputException.class)
          .hasMessageStartingWith(text + ": not a catalog file or a table");
    }

    private Path twoDomainPage() throws IOException {
      StringBuilder page = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
      for (Path file : List.of(NEW, ELDERLY)) {
        Path html = dir.resolve(file.getFileName() + ".html");
        TableExporter.defaults().write(gkml.load(file).catalog(), html);
        String exported = Files.readString(html, StandardCharsets.UTF_8);
        page.append(exported, exported.indexOf("<body>") + 6, exported.indexOf("</body>"));
      }
      Path both = dir.resolve("标准目录.html");
      Files.writeString(both, page.append("</body></html>"), StandardCharsets.UTF_8);
      return both;
    }
  }

  @Nested
  class Checking {

    @Test
    void a_revision_that_drops_a_content_element_and_a_channel_fails_with_two_errors()
        throws IOException {
      Report report = gkml.checkRevision(gkml.load(OLD), gkml.load(NEW));

      assertThat(ruleIds(report, Severity.ERROR))
          .containsExactlyInAnyOrder(RuleId.CONTENT_ELEMENT_REMOVED, RuleId.CHANNEL_REMOVED);
      assertThat(report.fails()).isTrue();
      assertThat(report.subject()).isEqualTo(OLD + " (2023) → " + NEW + " (2024)");
    }

    @Test
    void acceptances_leave_only_the_unaccepted_error_open() throws IOException {
      Gkml accepting = gkml.withAcceptances(AcceptanceFile.defaults().read(ACCEPTED));

      Report report = accepting.checkRevision(accepting.load(OLD), accepting.load(NEW));

      assertThat(ruleIds(report, Severity.ERROR)).containsExactly(RuleId.CONTENT_ELEMENT_REMOVED);
      assertThat(report.findings())
          .filteredOn(Finding::isAccepted)
          .extracting(Finding::ruleId)
          .containsExactly(RuleId.CHANNEL_REMOVED);
    }

    @Test
    void an_acceptance_past_its_last_day_no_longer_excuses_the_finding() throws IOException {
      var entries = AcceptanceFile.defaults().read(ACCEPTED).entries();
      var expired =
          io.github.gkml.validation.Acceptances.of(
              entries.stream().map(a -> a.withExpires(LocalDate.of(2024, 6, 30))).toList());
      Gkml onFirstJuly = gkml.withAcceptances(expired).withClock(LATE_ON_30_JUNE_UTC);

      Report report = onFirstJuly.checkRevision(onFirstJuly.load(OLD), onFirstJuly.load(NEW));

      assertThat(report.findings()).noneMatch(Finding::isAccepted);
      assertThat(ruleIds(report, Severity.ERROR)).contains(RuleId.CHANNEL_REMOVED);
    }

    @Test
    void a_history_in_the_order_given_reports_the_same_breaches_as_its_one_revision()
        throws IOException {
      Report history = gkml.checkHistory(List.of(gkml.load(OLD), gkml.load(NEW)));

      assertThat(ruleIds(history, Severity.ERROR))
          .containsExactlyInAnyOrder(RuleId.CONTENT_ELEMENT_REMOVED, RuleId.CHANNEL_REMOVED);
      assertThatThrownBy(() -> gkml.checkHistory(List.of(gkml.load(OLD))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at least two versions");
    }

    @Test
    void the_example_catalog_validates_without_errors_and_the_report_names_its_file()
        throws IOException {
      Report report = gkml.validate(gkml.load(NEW));

      assertThat(ruleIds(report, Severity.ERROR)).isEmpty();
      assertThat(report.subject()).isEqualTo(NEW.toString());
      assertThat(report.fails()).isFalse();
    }

    @Test
    void a_catalog_missing_its_deadline_fails_validation_at_warning_when_asked()
        throws IOException {
      Catalog catalog = gkml.load(NEW).catalog();
      Catalog blank =
          catalog.withItem(
              catalog.items().get(0).withPath(ItemPath.of("综合业务", "新增事项")).withDeadline(null));

      Report report = gkml.withFailOn(Severity.WARNING).validate(CatalogInput.of(blank, "内存中的目录"));

      assertThat(report.findings())
          .anyMatch(f -> f.ruleId().equals(RuleId.ELEMENT_MISSING) && "deadline".equals(f.field()));
      assertThat(report.fails()).isTrue();
      assertThat(report.subject()).isEqualTo("内存中的目录");
    }

    @Test
    void a_county_catalog_is_held_to_the_county_items_of_its_national_baseline()
        throws IOException {
      CatalogInput local = gkml.load(NEW);

      Report report = gkml.conform(local);

      assertThat(Conformance.levelOf(local.catalog())).isEqualTo(AdminLevel.COUNTY);
      assertThat(report.isComparison()).isTrue();
      assertThat(report.oldSource().name()).isEqualTo("national baseline shehui-jiuzhu");
      assertThat(report.newSource().name()).isEqualTo(NEW.toString());
      // The baseline lists 联系方式 under 临时救助/办事指南 and 公开查阅点 under 特困人员救助供养/政策法规文件;
      // the 2024 catalog dropped both (no acceptances are configured here).
      assertThat(report.findings())
          .filteredOn(f -> f.severity() == Severity.ERROR)
          .extracting(Finding::ruleId, f -> f.item().key())
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  RuleId.CONTENT_ELEMENT_REMOVED, ItemPath.of("临时救助", "办事指南").key()),
              org.assertj.core.groups.Tuple.tuple(
                  RuleId.CHANNEL_REMOVED, ItemPath.of("特困人员救助供养", "政策法规文件").key()));
    }

    @Test
    void a_township_catalog_is_held_to_the_township_items() throws IOException {
      Catalog county = gkml.load(NEW).catalog();
      Catalog township = county.withMetadata(county.metadata().withLevel(AdminLevel.TOWNSHIP));

      assertThat(Conformance.levelOf(township)).isEqualTo(AdminLevel.TOWNSHIP);
      assertThat(Conformance.levelOf(county.withMetadata(county.metadata().withLevel(null))))
          .isEqualTo(AdminLevel.COUNTY);
    }
  }

  @Nested
  class Approving {

    @Test
    void blocks_a_revision_with_open_errors_and_names_them() throws IOException {
      RevisionVerdict verdict = gkml.approve(gkml.load(OLD), gkml.load(NEW));

      assertThat(verdict.approved()).isFalse();
      assertThat(verdict.blocking())
          .extracting(Finding::ruleId)
          .containsExactlyInAnyOrder(RuleId.CONTENT_ELEMENT_REMOVED, RuleId.CHANNEL_REMOVED);
      assertThat(verdict.report().fails()).isTrue();
    }

    @Test
    void still_blocks_on_the_error_no_one_accepted() throws IOException {
      Gkml accepting = gkml.withAcceptances(AcceptanceFile.defaults().read(ACCEPTED));

      RevisionVerdict verdict = accepting.approve(accepting.load(OLD), accepting.load(NEW));

      assertThat(verdict.blocking())
          .extracting(Finding::ruleId)
          .containsExactly(RuleId.CONTENT_ELEMENT_REMOVED);
    }

    @Test
    void approves_a_revision_that_only_adds_and_tightens() throws IOException {
      CatalogInput current = gkml.load(NEW);
      Catalog catalog = current.catalog();
      Catalog proposed =
          catalog.withItem(catalog.items().get(0).withPath(ItemPath.of("综合业务", "社会救助资金使用情况")));

      RevisionVerdict verdict = gkml.approve(current, CatalogInput.of(proposed, "2025 草案"));

      assertThat(verdict.approved()).isTrue();
      assertThat(verdict.report().findings())
          .extracting(Finding::ruleId)
          .contains(RuleId.ITEM_ADDED);
    }

    @Test
    void approves_anything_when_nothing_is_to_fail() throws IOException {
      RevisionVerdict verdict = gkml.withFailOn(null).approve(gkml.load(OLD), gkml.load(NEW));

      assertThat(verdict.approved()).isTrue();
      assertThat(verdict.report().findings()).isNotEmpty();
    }
  }

  @Nested
  class Business_systems {

    static final ItemPath APPROVALS = ItemPath.of("临时救助", "审核审批信息");

    @Test
    void an_item_due_in_five_working_days_skips_national_day_and_counts_its_make_up_days()
        throws IOException {
      Catalog catalog = gkml.load(NEW).catalog();

      Obligation obligation =
          gkml.obligation(catalog, APPROVALS, LocalDate.of(2024, 9, 27)).orElseThrow();

      // 9-29 (a Sunday worked for 国庆) is the first working day, then 9-30, 10-8, 10-9, 10-10.
      assertThat(obligation.lastDay()).contains(LocalDate.of(2024, 10, 10));
      assertThat(obligation.due()).isInstanceOf(DueDate.On.class);
      assertThat(obligation.channels()).isEqualTo(catalog.item(APPROVALS).orElseThrow().channels());
      assertThat(obligation.item().path()).isEqualTo(APPROVALS);
    }

    @Test
    void an_item_the_catalog_does_not_have_has_no_obligation() throws IOException {
      Catalog catalog = gkml.load(NEW).catalog();

      assertThat(gkml.obligation(catalog, ItemPath.of("临时救助", "不存在的事项"), LocalDate.of(2024, 9, 27)))
          .isEmpty();
    }

    @Test
    void counts_on_the_calendar_it_is_given() throws IOException {
      Catalog catalog = gkml.load(NEW).catalog();
      WorkingCalendar extraRest =
          WorkingCalendar.china().withRestDays(List.of(LocalDate.of(2024, 10, 10)));

      Obligation obligation =
          gkml.withCalendar(extraRest)
              .obligation(catalog, APPROVALS, LocalDate.of(2024, 9, 27))
              .orElseThrow();

      assertThat(obligation.lastDay()).contains(LocalDate.of(2024, 10, 11));
    }

    @Test
    void a_publication_after_the_due_date_is_late() throws IOException {
      Catalog catalog = gkml.load(NEW).catalog();
      Set<Channel> everywhere = catalog.item(APPROVALS).orElseThrow().channels();
      PublicationRecord record =
          PublicationRecord.formed("临救〔2024〕88号", APPROVALS, LocalDate.of(2024, 9, 27))
              .publishedOn(LocalDate.of(2024, 10, 11), everywhere);

      PublicationResult result =
          gkml.publications(catalog).check(record, LocalDate.of(2024, 10, 31));

      assertThat(result.status()).isEqualTo(PublicationStatus.LATE);
      assertThat(result.findings()).extracting(Finding::ruleId).contains(RuleId.PUBLICATION_LATE);
    }

    @Test
    void today_is_the_day_in_china() {
      assertThat(gkml.withClock(LATE_ON_30_JUNE_UTC).today()).isEqualTo(LocalDate.of(2024, 7, 1));
    }
  }
}
