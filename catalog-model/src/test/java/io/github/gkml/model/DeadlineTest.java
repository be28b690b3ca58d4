package io.github.gkml.model;

import static io.github.gkml.model.Expected.afterPeriod;
import static io.github.gkml.model.Expected.assertParses;
import static io.github.gkml.model.Expected.clause;
import static io.github.gkml.model.Expected.conditional;
import static io.github.gkml.model.Expected.display;
import static io.github.gkml.model.Expected.displayOngoing;
import static io.github.gkml.model.Expected.every;
import static io.github.gkml.model.Expected.extended;
import static io.github.gkml.model.Expected.ongoing;
import static io.github.gkml.model.Expected.periodic;
import static io.github.gkml.model.Expected.prompt;
import static io.github.gkml.model.Expected.realtime;
import static io.github.gkml.model.Expected.rest;
import static io.github.gkml.model.Expected.shown;
import static io.github.gkml.model.Expected.unparsed;
import static io.github.gkml.model.Expected.within;
import static io.github.gkml.model.Expected.yearlyBy;
import static io.github.gkml.model.Frequency.DAILY;
import static io.github.gkml.model.Frequency.HALF_YEARLY;
import static io.github.gkml.model.Frequency.MONTHLY;
import static io.github.gkml.model.Frequency.QUARTERLY;
import static io.github.gkml.model.Frequency.WEEKLY;
import static io.github.gkml.model.Frequency.YEARLY;
import static io.github.gkml.model.PeriodUnit.CALENDAR_DAYS;
import static io.github.gkml.model.PeriodUnit.HOURS;
import static io.github.gkml.model.PeriodUnit.MONTHS;
import static io.github.gkml.model.PeriodUnit.WORKING_DAYS;
import static io.github.gkml.model.Trigger.APPROVED;
import static io.github.gkml.model.Trigger.DECIDED;
import static io.github.gkml.model.Trigger.EVENT_END;
import static io.github.gkml.model.Trigger.FORMED_OR_CHANGED;
import static io.github.gkml.model.Trigger.ISSUED;
import static io.github.gkml.model.Trigger.OBTAINED;
import static io.github.gkml.model.Trigger.RECEIVED;
import static io.github.gkml.model.Trigger.REQUEST_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.gkml.model.Deadline.Clause;
import io.github.gkml.model.Deadline.Conditional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's own table of real-looking 公开时限 cells, each with its whole expected parse. Every
 * field but the raw texts is compared; the raw text must be the phrase itself.
 */
class DeadlineTest {

  @Nested
  class Within_deadlines {

    static Stream<Arguments> triggers() {
      return Stream.of(
          arguments("自信息形成或者变更之日起20个工作日内", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)),
          arguments("信息产生、变更之日起15个工作日内公开", within(FORMED_OR_CHANGED, 15, WORKING_DAYS)),
          arguments("信息形成之后10个工作日内", within(FORMED_OR_CHANGED, 10, WORKING_DAYS)),
          arguments("自制作或获取该信息之日起20个工作日内公开", within(OBTAINED, 20, WORKING_DAYS)),
          arguments("制定或获取政策文件之日起10个工作日内", within(OBTAINED, 10, WORKING_DAYS)),
          arguments("颁布或印发之日起5个工作日内", within(ISSUED, 5, WORKING_DAYS)),
          arguments("自作出行政处罚决定之日起7个工作日内", within(DECIDED, 7, WORKING_DAYS)),
          arguments("行政许可决定作出之日起7个工作日内公示", within(DECIDED, 7, WORKING_DAYS)),
          arguments("评审结果确定后3个工作日内", within(DECIDED, 3, WORKING_DAYS)),
          arguments("本级人民代表大会批准后二十日内", within(APPROVED, 20, CALENDAR_DAYS)),
          arguments("部门预算经财政部门批复后20日内", within(APPROVED, 20, CALENDAR_DAYS)),
          arguments("部门预算批覆后20日内", within(APPROVED, 20, CALENDAR_DAYS)),
          arguments("自收到政府信息公开申请之日起20个工作日内", within(REQUEST_RECEIVED, 20, WORKING_DAYS)),
          arguments("上级文件下发至本单位后10个工作日内", within(RECEIVED, 10, WORKING_DAYS)),
          arguments("收到征地批准文件之日起10个工作日内公开", within(RECEIVED, 10, WORKING_DAYS)),
          arguments("项目竣工验收结束后15日内", within(EVENT_END, 15, CALENDAR_DAYS)),
          arguments("拟征收土地现状调查结束后5个工作日内", within(EVENT_END, 5, WORKING_DAYS)),
          arguments("20个工作日内", within(20, WORKING_DAYS)),
          arguments("信息形成(变更)下发至本单位20个工作日内", within(RECEIVED, 20, WORKING_DAYS)),
          arguments("20个工作日(自该政府信息形成或者变更之日起)", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)),
          arguments("自信息形成之日起,20个工作日内公开", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)));
    }

    static Stream<Arguments> units_and_numerals() {
      return Stream.of(
          arguments("15天内", within(15, CALENDAR_DAYS)),
          arguments("30个自然日内", within(30, CALENDAR_DAYS)),
          arguments("3个月内", within(3, MONTHS)),
          arguments("24小时内", within(24, HOURS)),
          arguments("48个小时内予以回应", within(48, HOURS)),
          arguments("一周内", within(7, CALENDAR_DAYS)),
          arguments("两个月以内", within(2, MONTHS)),
          arguments("二十个工作日内", within(20, WORKING_DAYS)),
          arguments("十五日内", within(15, CALENDAR_DAYS)),
          arguments("自收到申请之日起三十日内", within(REQUEST_RECEIVED, 30, CALENDAR_DAYS)),
          arguments("一百二十日内", within(120, CALENDAR_DAYS)),
          arguments("２０个工作日内", within(20, WORKING_DAYS)),
          arguments("信息形成或变更之日起20工作日内", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)),
          arguments("信息形成个20个工作日内公开", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)));
    }

    static Stream<Arguments> noise_and_variant_characters() {
      return Stream.of(
          arguments("信息形成\n或变更之\n日起20个\n工作日内", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)),
          arguments("制 定 或 获 取 信 息之日起 10 个 工作日内", within(OBTAINED, 10, WORKING_DAYS)),
          arguments(
              "自该信息形成或者变更之\u3000日起\t20\r\n个工作日内", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)),
          arguments("自信息形成或者变更之日起２０個工作日內", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)),
          arguments("公開事項信息形成或變更之日起20個工作日內公開", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)),
          arguments("制定或獲取信息之日起10個工作日內", within(OBTAINED, 10, WORKING_DAYS)),
          arguments("自收到申請之日起20個工作日內", within(REQUEST_RECEIVED, 20, WORKING_DAYS)),
          arguments("作出決定之日起7個工作日內", within(DECIDED, 7, WORKING_DAYS)));
    }

    static Stream<Arguments> trailing_remarks() {
      return Stream.of(
          arguments(
              "自该信息形成或者变更之日起20个工作日内予以公开,法律法规另有规定的除外。", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)),
          arguments(
              "信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的,从其规定。",
              within(FORMED_OR_CHANGED, 20, WORKING_DAYS)),
          arguments("自该政府信息形成或者变更之日起20个工作日内及时公开", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)),
          arguments(
              "信息形成(变更)20个工作日内。可链接至县政府网站“政府信息公开”有关栏目。",
              within(FORMED_OR_CHANGED, 20, WORKING_DAYS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({
      "triggers",
      "units_and_numerals",
      "noise_and_variant_characters",
      "trailing_remarks"
    })
    void reads_an_amount_after_a_trigger(String phrase, Deadline expected) {
      assertParses(phrase, expected);
    }
  }

  @Nested
  class Deadlines_without_a_number {

    static Stream<Arguments> phrases() {
      return Stream.of(
          arguments("实时公开", realtime()),
          arguments("即时更新", realtime()),
          arguments("启动拟征收土地工作时实时公开", realtime()),
          arguments("及时公开", prompt()),
          arguments("及时 公开", prompt()),
          arguments("第一时间发布", prompt()),
          arguments("尽快公开", prompt()),
          arguments("项目批准后及时公开", prompt(APPROVED)),
          arguments("收到申请后及时处理", prompt(REQUEST_RECEIVED)),
          arguments("长期公开", ongoing()),
          arguments("永久公开", ongoing()),
          arguments("常态化公开", ongoing()),
          arguments("动态调整", ongoing()),
          arguments("随时更新", ongoing()),
          arguments("長期公開", ongoing()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void reads_realtime_prompt_and_ongoing(String phrase, Deadline expected) {
      assertParses(phrase, expected);
    }
  }

  @Nested
  class Periodic_deadlines {

    static Stream<Arguments> phrases() {
      return Stream.of(
          arguments("每日更新", periodic(DAILY)),
          arguments("每周公开", periodic(WEEKLY)),
          arguments("按月公开", periodic(MONTHLY)),
          arguments("每季度", periodic(QUARTERLY)),
          arguments("季度", periodic(QUARTERLY)),
          arguments("每半年公开一次", periodic(HALF_YEARLY)),
          arguments("每年", periodic(YEARLY)),
          arguments("年度", periodic(YEARLY)),
          arguments("至少一次/半年", periodic(HALF_YEARLY)),
          arguments("季度结束后15日内", afterPeriod(QUARTERLY, 15, CALENDAR_DAYS)),
          arguments("每月结束后十个工作日内", afterPeriod(MONTHLY, 10, WORKING_DAYS)),
          arguments("每年3月底前", yearlyBy(3, 31)),
          arguments("次年1月31日前", yearlyBy(1, 31)),
          arguments("每年六月三十日前公布", yearlyBy(6, 30)),
          arguments("每20个工作日更新", every(20, WORKING_DAYS)),
          arguments("每两周更新一次", every(14, CALENDAR_DAYS)),
          arguments("每3个月更新", periodic(QUARTERLY)),
          arguments("每月10日前", periodic(MONTHLY)),
          arguments("每年年底前", yearlyBy(12, 31)),
          arguments("每年十二月三十一日前", yearlyBy(12, 31)),
          arguments("每年2月30日前", periodic(YEARLY)),
          arguments("每年13月1日前", periodic(YEARLY)),
          arguments("每隔1天", periodic(DAILY)),
          arguments("每7天更新", periodic(WEEKLY)),
          arguments("每1个月更新一次", periodic(MONTHLY)),
          arguments("每6个月", periodic(HALF_YEARLY)),
          arguments("每12个月", periodic(YEARLY)),
          arguments("一周一次", periodic(WEEKLY)),
          arguments("两周一次", every(14, CALENDAR_DAYS)),
          arguments("每半年结束后30日内", afterPeriod(HALF_YEARLY, 30, CALENDAR_DAYS)),
          arguments("年度终了后3个月内", afterPeriod(YEARLY, 3, MONTHS)),
          arguments("每月5个工作日内更新", afterPeriod(MONTHLY, 5, WORKING_DAYS)),
          arguments("每周结束后2个工作日内", afterPeriod(WEEKLY, 2, WORKING_DAYS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void reads_a_frequency_an_offset_a_due_day_or_an_interval(String phrase, Deadline expected) {
      assertParses(phrase, expected);
    }
  }

  @Nested
  class Composite_cells {

    static Stream<Arguments> phrases() {
      return Stream.of(
          arguments(
              "制定或获取信息之日起10个工作日内,公示7个工作日",
              shown(within(OBTAINED, 10, WORKING_DAYS), display(7, WORKING_DAYS))),
          arguments(
              "自信息形成之日起5个工作日内公开,公示7天",
              shown(within(FORMED_OR_CHANGED, 5, WORKING_DAYS), display(7, CALENDAR_DAYS))),
          arguments("及时公开,公告期限为5个工作日", shown(prompt(), display(5, WORKING_DAYS))),
          arguments(
              "自中标、成交供应商确定之日起2个工作日内公告,公告期限为1个工作日",
              shown(within(DECIDED, 2, WORKING_DAYS), display(1, WORKING_DAYS))),
          arguments(
              "信息产生、变更之日起20个工作日内公开,保持长期公开",
              shown(within(FORMED_OR_CHANGED, 20, WORKING_DAYS), displayOngoing())),
          arguments(
              "作出决定之日起7个工作日内;情况复杂的,经本单位负责人批准,可延长7个工作日",
              extended(within(DECIDED, 7, WORKING_DAYS), 7, WORKING_DAYS)),
          arguments(
              "自收到申请之日起20个工作日内答复;需要延长的,延长期限最长不得超过20个工作日",
              extended(within(REQUEST_RECEIVED, 20, WORKING_DAYS), 20, WORKING_DAYS)),
          arguments(
              "批前公示时间不得少于30日;批后公布应在规划批准后20个工作日内向社会公布",
              shown(within(APPROVED, 20, WORKING_DAYS), display(30, CALENDAR_DAYS))),
          arguments("实时公开,公示7天", shown(realtime(), display(7, CALENDAR_DAYS))),
          arguments("3日内公示,公示期不得少于3日", shown(within(3, CALENDAR_DAYS), display(3, CALENDAR_DAYS))),
          arguments("村公示5个工作日;乡镇公示5个工作日", shown(unparsed(), display(5, WORKING_DAYS))),
          arguments("长期公开,每年1月31日前更新", shown(yearlyBy(1, 31), displayOngoing())),
          arguments("长期公开,动态更新", ongoing()),
          arguments("20个工作日内公开公示7天", shown(within(20, WORKING_DAYS), display(7, CALENDAR_DAYS))),
          arguments("及时公开,自信息形成之日起20个工作日内", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void reads_a_deadline_with_its_display_period_or_extension(String phrase, Deadline expected) {
      assertParses(phrase, expected);
    }
  }

  @Nested
  class Conditional_cells {

    static Stream<Arguments> phrases() {
      return Stream.of(
          arguments(
              "1.除处罚决定外其他内容:长期公开(动态调整);2.处罚决定:20个工作日内。",
              conditional(
                  clause("除处罚决定外其他内容", ongoing()), clause("处罚决定", within(20, WORKING_DAYS)))),
          arguments(
              "1.除处罚决\n定外其他内\n容:长期公\n开(动态调\n整);2.处罚决\n定:20个工\n作日内",
              conditional(
                  clause("除处罚决定外其他内容", ongoing()), clause("处罚决定", within(20, WORKING_DAYS)))),
          arguments(
              "①行政许可:作出决定之日起7个工作日内;②其他信息:信息形成之日起20个工作日内",
              conditional(
                  clause("行政许可", within(DECIDED, 7, WORKING_DAYS)),
                  clause("其他信息", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)))),
          arguments(
              "(1)处罚决定:7个工作日内(2)其他:长期公开",
              conditional(clause("处罚决定", within(7, WORKING_DAYS)), clause("其他", ongoing()))),
          arguments(
              "执法决定信息在决定作出之日起7个工作日内公开,其他相关信息形成或变更之日起20个工作日内公开",
              conditional(
                  clause("执法决定信息", within(DECIDED, 7, WORKING_DAYS)),
                  clause("其他相关信息", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)))),
          arguments(
              "信息形成20个工作日内公开;其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示",
              conditional(
                  rest(within(FORMED_OR_CHANGED, 20, WORKING_DAYS)),
                  clause("行政许可、行政处罚事项", within(DECIDED, 7, WORKING_DAYS)))),
          arguments(
              "制作或获取信息之日起20个工作日内(资金使用、案件办理、质量考核结果按季度公开)",
              conditional(
                  rest(within(OBTAINED, 20, WORKING_DAYS)),
                  clause("资金使用、案件办理、质量考核结果", periodic(QUARTERLY)))),
          arguments(
              "除处罚决定外长期公开(动态调整);处罚决定20个工作日内",
              conditional(clause("除处罚决定外", ongoing()), clause("处罚决定", within(20, WORKING_DAYS)))),
          arguments(
              "1.初审结果:公示7天;2.审批结果:20个工作日内",
              shown(
                  conditional(
                      clause("初审结果", shown(unparsed(), display(7, CALENDAR_DAYS))),
                      clause("审批结果", within(20, WORKING_DAYS))),
                  display(7, CALENDAR_DAYS))),
          arguments("1.自信息形成之日起20个工作日内", within(FORMED_OR_CHANGED, 20, WORKING_DAYS)),
          arguments(
              "自信息形成或者变更之日起20个工作日内予以公开 自信息形成或者变更之日起7个工作日内予以公开",
              conditional(
                  rest(within(FORMED_OR_CHANGED, 20, WORKING_DAYS)),
                  rest(within(FORMED_OR_CHANGED, 7, WORKING_DAYS)))),
          arguments("①《听证通知书》在组织听证7个工作日前予以公开;②其他听证公开内容为依申请公开。", unparsed()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void reads_a_deadline_for_each_part_of_the_item(String phrase, Deadline expected) {
      assertParses(phrase, expected);
    }
  }

  @Nested
  class Unreadable_text {

    static Stream<Arguments> phrases() {
      return Stream.of(
          arguments("", unparsed()),
          arguments("   \n\t\u3000", unparsed()),
          arguments("同上", unparsed()),
          arguments("请于会后酌情处理", unparsed()),
          arguments("\uD83D\uDE00\uD83C\uDF89", unparsed()),
          arguments("在组织听证7个工作日前予以公开", unparsed()),
          arguments("提前一周发通知邀请", unparsed()),
          arguments("信息形成或者变更之日起 * 个工作日内", unparsed()),
          arguments("2023年6月30日前", unparsed()),
          arguments("批准后20内", unparsed()),
          arguments("随采购公告、采购文件公开", unparsed()),
          arguments("⑳⑳⑳⑳⑳⑳⑳⑳⑳⑳⑳⑳", unparsed()),
          arguments("\uFDFD\uFDFD\uFDFD", unparsed()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("phrases")
    void keeps_what_it_cannot_read_as_unparsed(String phrase, Deadline expected) {
      assertParses(phrase, expected);
    }

    @Test
    void keeps_a_ten_megabyte_string_without_reading_it() {
      // GIVEN
      String huge = "自信息形成或者变更之日起20个工作日内".repeat(10 * 1024 * 1024 / 19);

      // WHEN
      Deadline parsed =
          assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Deadline.parse(huge));

      // THEN
      assertThat(parsed).isInstanceOf(Deadline.Unparsed.class);
      assertThat(parsed.raw()).isSameAs(huge);
      assertThat(DisplayPeriod.parse(huge).isParsed()).isFalse();
    }

    @Test
    void keeps_random_bytes_as_unparsed_text() {
      // GIVEN
      byte[] bytes = new byte[4000];
      new Random(20240601L).nextBytes(bytes);
      String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
      String utf8 = new String(bytes, StandardCharsets.UTF_8);

      // WHEN / THEN
      assertParses(latin1, unparsed());
      assertThat(Deadline.parse(utf8).raw()).isEqualTo(utf8);
    }
  }

  @Nested
  class Raw_text {

    @Test
    void gives_each_clause_its_own_fragment_as_written() {
      // GIVEN
      String phrase = "1.除处罚决\n定外其他内\n容:长期公\n开(动态调\n整);2.处罚决\n定:20个工\n作日内。";

      // WHEN
      Conditional parsed = (Conditional) Deadline.parse(phrase);

      // THEN
      assertThat(parsed.raw()).isEqualTo(phrase);
      assertThat(parsed.clauses())
          .extracting(c -> c.deadline().raw())
          .containsExactly("长期公\n开(动态调\n整)", "20个工\n作日内");
    }

    @Test
    void gives_a_sentence_clause_its_sentence() {
      // GIVEN
      String phrase = "执法决定信息在决定作出之日起7个工作日内公开, 其他相关信息形成或变更之日起20个工作日内公开";

      // WHEN
      Conditional parsed = (Conditional) Deadline.parse(phrase);

      // THEN
      assertThat(parsed.clauses())
          .extracting(c -> c.deadline().raw())
          .containsExactly("执法决定信息在决定作出之日起7个工作日内公开", "其他相关信息形成或变更之日起20个工作日内公开");
    }

    @Test
    void cuts_a_bracketed_exception_out_of_the_main_clause() {
      // GIVEN
      String phrase = "制作或获取信息之日起20个工作日内(资金使用、案件办理结果按季度公开)";

      // WHEN
      Conditional parsed = (Conditional) Deadline.parse(phrase);

      // THEN
      assertThat(parsed.clauses())
          .extracting(Clause::when, c -> c.deadline().raw())
          .containsExactly(
              tuple(null, "制作或获取信息之日起20个工作日内"), tuple("资金使用、案件办理结果", "资金使用、案件办理结果按季度公开"));
    }

    @Test
    void keeps_the_display_period_fragment_as_written() {
      // WHEN
      Deadline parsed = Deadline.parse("制定或获取信息之日起10个工作日内,公示 7 个工作日");

      // THEN
      assertThat(parsed.displayPeriod())
          .extracting(DisplayPeriod::raw, DisplayPeriod::length)
          .containsExactly("公示 7 个工作日", TimeSpan.of(7, WORKING_DAYS));
    }
  }

  @Nested
  class Concurrency {

    @Test
    void gives_the_same_parse_on_many_threads_at_once() throws Exception {
      // GIVEN
      List<String> phrases =
          Stream.of(
                  Within_deadlines.triggers(),
                  Periodic_deadlines.phrases(),
                  Composite_cells.phrases(),
                  Conditional_cells.phrases())
              .flatMap(s -> s)
              .map(a -> (String) a.get()[0])
              .toList();
      List<Deadline> sequential = phrases.stream().map(Deadline::parse).toList();

      // WHEN
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<Deadline>>> runs =
            pool.invokeAll(
                Collections.nCopies(32, () -> phrases.stream().map(Deadline::parse).toList()));

        // THEN
        for (Future<List<Deadline>> run : runs) {
          assertThat(run.get()).isEqualTo(sequential);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
