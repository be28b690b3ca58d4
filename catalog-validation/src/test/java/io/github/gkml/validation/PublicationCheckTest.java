package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.Channel;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.Mode;
import io.github.gkml.model.PilotDomain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationCheckTest {

  static final ItemPath REVIEW = ItemPath.of("最低生活保障", "审核信息");
  static final ItemPath PENALTY = ItemPath.of("行政执法", "处罚决定");
  static final ItemPath POLICY = ItemPath.of("综合业务", "政策解读");

  static final Catalog CATALOG =
      Catalog.of(
          CatalogMetadata.of(PilotDomain.SOCIAL_ASSISTANCE, "大竹县社会救助领域基层政务公开标准目录"),
          List.of(
              Item.builder(REVIEW)
                  .content("初审对象名单及相关信息")
                  .basis("《国务院关于进一步加强和改进最低生活保障工作的意见》(国发〔2012〕45号)")
                  .deadline("制定或获取信息之日起10个工作日内,公示7个工作日")
                  .subjects("乡镇人民政府(街道办事处)")
                  .channels("政府网站", "社区/企事业单位/村公示栏(电子屏)")
                  .audience(Audience.PUBLIC)
                  .modes(Mode.PROACTIVE)
                  .levels(AdminLevel.TOWNSHIP)
                  .build(),
              Item.builder(PENALTY)
                  .deadline("1.除处罚决定外其他内容:长期公开(动态调整);2.处罚决定:7个工作日内。")
                  .subjects("县城市管理综合行政执法局")
                  .channels("政府网站", "两微一端")
                  .build(),
              Item.builder(POLICY).deadline("及时公开").subjects("县民政局").channels("政府网站").build()));

  static final PublicationCheck CHECK = PublicationCheck.of(CATALOG);

  static Set<Channel> on(String... names) {
    Set<Channel> channels = new java.util.LinkedHashSet<>();
    for (String name : names) {
      channels.add(ChannelVocabulary.standard().resolve(name));
    }
    return channels;
  }

  static PublicationRecord review(String id, String formed) {
    return PublicationRecord.formed(id, REVIEW, LocalDate.parse(formed));
  }

  @Nested
  class Due_dates_around_holidays {

    @ParameterizedTest
    @CsvSource({
      // National Day 2024: 09-29 (Sunday) and 10-12 (Saturday) are worked, 10-01..07 are off.
      "2024-09-25, 2024-10-12, ON_TIME",
      "2024-09-25, 2024-10-14, ON_TIME",
      "2024-09-25, 2024-10-15, LATE",
      // Spring Festival 2025: 01-26 (Sunday) and 02-08 (Saturday) worked, 01-28..02-04 off.
      "2025-01-24, 2025-02-13, ON_TIME",
      "2025-01-24, 2025-02-14, LATE",
    })
    void judges_a_publication_on_the_working_day_calendar(
        String formed, String published, PublicationStatus status) {
      PublicationResult result =
          CHECK.check(
              review("竹低保〔2024〕1号", formed)
                  .publishedOn(LocalDate.parse(published), on("政府网站", "村务公开栏")),
              LocalDate.parse(published));

      assertThat(result.status()).isEqualTo(status);
    }

    @Test
    void says_how_many_working_days_late() {
      PublicationResult result =
          CHECK.check(
              review("R1", "2024-09-25")
                  .publishedOn(LocalDate.parse("2024-10-17"), on("政府网站", "公示栏")),
              LocalDate.parse("2024-10-20"));

      assertThat(result.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo(RuleId.PUBLICATION_LATE);
                assertThat(f.params())
                    .containsEntry("due", "2024-10-14")
                    .containsEntry("days", "3");
                assertThat(f.message(Locale.CHINA))
                    .startsWith("记录 R1:应于 2024-10-14 前公开,实际 2024-10-17 公开,逾期 3 个工作日");
              });
    }

    @Test
    void unpublished_information_is_pending_until_its_due_date_and_overdue_after() {
      PublicationRecord record = review("R2", "2024-09-25");

      assertThat(CHECK.check(record, LocalDate.parse("2024-10-14")).status())
          .isEqualTo(PublicationStatus.PENDING);
      PublicationResult overdue = CHECK.check(record, LocalDate.parse("2024-10-15"));
      assertThat(overdue.status()).isEqualTo(PublicationStatus.OVERDUE);
      assertThat(overdue.findings())
          .extracting(Finding::ruleId)
          .containsExactly(RuleId.PUBLICATION_OVERDUE);
      assertThat(overdue.complies()).isFalse();
    }
  }

  @Nested
  class Channels_and_display {

    @Test
    void names_each_channel_the_catalog_requires_and_the_record_lacks() {
      PublicationResult result =
          CHECK.check(
              review("R3", "2024-09-25").publishedOn(LocalDate.parse("2024-10-08"), on("政府网站")),
              LocalDate.parse("2024-10-08"));

      assertThat(result.status()).isEqualTo(PublicationStatus.ON_TIME);
      assertThat(result.findings())
          .extracting(Finding::ruleId, Finding::oldValue)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  RuleId.PUBLICATION_CHANNEL_MISSING, "社区/企事业单位/村公示栏(电子屏)"));
    }

    @Test
    void wechat_alone_does_not_cover_two_weibo_one_app_but_the_reverse_does() {
      PublicationRecord penalty =
          new PublicationRecord(
              "R4", PENALTY, "处罚决定", null, LocalDate.parse("2024-03-01"), null, Set.of(), null);

      assertThat(
              CHECK
                  .check(
                      penalty.publishedOn(LocalDate.parse("2024-03-05"), on("政府网站", "微信公众号")),
                      LocalDate.parse("2024-03-05"))
                  .findings())
          .extracting(Finding::oldValue)
          .containsExactly("两微一端");
      assertThat(
              CHECK
                  .check(
                      penalty.publishedOn(LocalDate.parse("2024-03-05"), on("政府网站", "两微一端")),
                      LocalDate.parse("2024-03-05"))
                  .findings())
          .isEmpty();
    }

    @Test
    void taking_a_list_down_before_its_seventh_working_day_cuts_the_display_short() {
      // Published 2024-10-08: displayed through 10-09, 10, 11, 12 (Saturday, worked), 14, 15, 16.
      PublicationRecord published =
          review("R5", "2024-09-25").publishedOn(LocalDate.parse("2024-10-08"), on("政府网站", "公示栏"));

      assertThat(
              CHECK
                  .check(
                      published.takenDownOn(LocalDate.parse("2024-10-16")),
                      LocalDate.parse("2024-10-20"))
                  .findings())
          .extracting(Finding::ruleId)
          .containsExactly(RuleId.DISPLAY_PERIOD_CUT_SHORT);
      assertThat(
              CHECK
                  .check(
                      published.takenDownOn(LocalDate.parse("2024-10-17")),
                      LocalDate.parse("2024-10-20"))
                  .findings())
          .isEmpty();
    }
  }

  @Nested
  class Without_a_due_date {

    @Test
    void a_prompt_deadline_gives_no_due_date_and_says_why() {
      PublicationResult result =
          CHECK.check(
              PublicationRecord.formed("R6", POLICY, LocalDate.parse("2024-03-01")),
              LocalDate.parse("2024-06-01"));

      assertThat(result.status()).isEqualTo(PublicationStatus.NO_DUE_DATE);
      assertThat(result.findings().get(0).message(Locale.CHINA)).contains("“及时”没有具体天数");
    }

    @Test
    void a_conditional_deadline_is_judged_by_the_clause_the_record_names() {
      PublicationRecord decision =
          new PublicationRecord(
              "R7", PENALTY, "处罚决定", null, LocalDate.parse("2024-03-01"), null, Set.of(), null);

      // Due seven working days after Friday 2024-03-01: Tuesday 2024-03-12.
      assertThat(CHECK.check(decision, LocalDate.parse("2024-03-12")).status())
          .isEqualTo(PublicationStatus.PENDING);
      assertThat(CHECK.check(decision, LocalDate.parse("2024-03-13")).status())
          .isEqualTo(PublicationStatus.OVERDUE);
      assertThat(CHECK.check(decision.withClause(null), LocalDate.parse("2024-03-12")).status())
          .isEqualTo(PublicationStatus.NO_DUE_DATE);
    }

    @Test
    void an_unknown_item_is_a_warning_not_a_crash() {
      PublicationResult result =
          CHECK.check(
              PublicationRecord.formed("R8", ItemPath.of("交通运输"), LocalDate.parse("2024-03-01")),
              LocalDate.parse("2024-03-01"));

      assertThat(result.status()).isEqualTo(PublicationStatus.UNKNOWN_ITEM);
      assertThat(result.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void a_date_outside_the_calendar_is_a_warning_naming_the_year() {
      PublicationResult result =
          CHECK.check(review("R9", "2026-12-20"), LocalDate.parse("2027-02-01"));

      assertThat(result.status()).isEqualTo(PublicationStatus.NO_DUE_DATE);
      assertThat(result.findings().get(0).message(Locale.CHINA)).contains("2027");
    }

    @Test
    void refuses_a_record_published_before_it_was_formed() {
      assertThatThrownBy(
              () ->
                  review("R10", "2024-03-05")
                      .publishedOn(LocalDate.parse("2024-03-01"), on("政府网站")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("R10");
    }
  }

  @Nested
  class Batches {

    @Test
    void tallies_per_item_and_per_responsible_body() {
      List<PublicationRecord> records =
          List.of(
              review("A", "2024-09-25")
                  .publishedOn(LocalDate.parse("2024-10-10"), on("政府网站", "公示栏")),
              review("B", "2024-09-25")
                  .publishedOn(LocalDate.parse("2024-10-18"), on("政府网站", "公示栏")),
              review("C", "2024-09-25").withSubject("周家镇人民政府"),
              new PublicationRecord(
                  "D",
                  PENALTY,
                  "处罚决定",
                  null,
                  LocalDate.parse("2024-10-08"),
                  LocalDate.parse("2024-10-09"),
                  on("政府网站", "两微一端"),
                  null));
      List<PublicationResult> seen = new ArrayList<>();

      ComplianceSummary summary =
          CHECK.checkAll(records.iterator(), LocalDate.parse("2024-11-01"), seen::add);

      assertThat(seen).hasSize(4);
      assertThat(summary.total()).isEqualTo(new ComplianceTally(4, 2, 1, 1, 0, 0, 0, 0));
      assertThat(summary.perItem().get(REVIEW))
          .isEqualTo(new ComplianceTally(3, 1, 1, 1, 0, 0, 0, 0));
      assertThat(summary.perItem()).containsKey(POLICY);
      assertThat(summary.perSubject()).containsKeys("乡镇人民政府(街道办事处)", "周家镇人民政府", "县城市管理综合行政执法局");
      assertThat(summary.perSubject().get("周家镇人民政府").overdue()).isEqualTo(1);
      assertThat(summary.total().onTimeRate()).isEqualTo(0.5);
    }

    @Test
    void counts_missing_channels_and_displays_cut_short_once_per_record() {
      List<PublicationRecord> records =
          List.of(
              // On the website only (the 公示栏 missing) and taken down on the 6th working day.
              review("E", "2024-09-25")
                  .publishedOn(LocalDate.parse("2024-10-08"), on("政府网站"))
                  .takenDownOn(LocalDate.parse("2024-10-16")),
              // Both channels, displayed the full 7 working days.
              review("F", "2024-09-25")
                  .publishedOn(LocalDate.parse("2024-10-08"), on("政府网站", "公示栏"))
                  .takenDownOn(LocalDate.parse("2024-10-17")),
              // Neither channel the catalog names.
              review("G", "2024-09-25").publishedOn(LocalDate.parse("2024-10-08"), on("两微一端")));

      ComplianceSummary summary =
          CHECK.checkAll(records.iterator(), LocalDate.parse("2024-11-01"), r -> {});

      ComplianceTally expected = new ComplianceTally(3, 3, 0, 0, 0, 0, 2, 1);
      assertThat(summary.total()).isEqualTo(expected);
      assertThat(summary.perItem().get(REVIEW)).isEqualTo(expected);
      assertThat(summary.perSubject().get("乡镇人民政府(街道办事处)")).isEqualTo(expected);
      assertThat(ComplianceTally.empty().plus(summary.total())).isEqualTo(expected);
    }

    @Test
    void streams_a_million_records_in_constant_memory() {
      AtomicLong late = new AtomicLong();
      Iterator<PublicationRecord> generated = new Generated(1_000_000);

      long before = usedAfterGc();
      ComplianceSummary summary =
          CHECK.checkAll(
              generated,
              LocalDate.parse("2025-12-31"),
              r -> {
                if (r.status() == PublicationStatus.LATE) {
                  late.incrementAndGet();
                }
              });
      long after = usedAfterGc();

      assertThat(summary.total().records()).isEqualTo(1_000_000);
      assertThat(summary.total().late()).isEqualTo(late.get()).isPositive();
      assertThat(after - before).as("heap growth in bytes").isLessThan(32L << 20);
    }

    private static long usedAfterGc() {
      Runtime runtime = Runtime.getRuntime();
      System.gc();
      return runtime.totalMemory() - runtime.freeMemory();
    }
  }

  /** Records generated on demand: formed on every day of 2024, published 0–20 days later. */
  private static final class Generated implements Iterator<PublicationRecord> {
    private final int count;
    private int next;

    Generated(int count) {
      this.count = count;
    }

    @Override
    public boolean hasNext() {
      return next < count;
    }

    @Override
    public PublicationRecord next() {
      int i = next++;
      LocalDate formed = LocalDate.of(2024, 1, 1).plusDays(i % 366);
      return new PublicationRecord(
          "R" + i, REVIEW, null, null, formed, formed.plusDays(i % 21), CHANNELS, null);
    }
  }

  private static final Set<Channel> CHANNELS = on("政府网站", "公示栏");
}
