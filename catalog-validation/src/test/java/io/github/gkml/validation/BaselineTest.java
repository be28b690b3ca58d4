package io.github.gkml.validation;

import static io.github.gkml.validation.AcceptanceFixtures.APPROVED_BY;
import static io.github.gkml.validation.AcceptanceFixtures.JUSTIFICATION;
import static io.github.gkml.validation.AcceptanceFixtures.RUN_DAY;
import static io.github.gkml.validation.AcceptanceFixtures.baseline;
import static io.github.gkml.validation.AcceptanceFixtures.guideChannelNarrowed;
import static io.github.gkml.validation.AcceptanceFixtures.guideDeadlineLoosened;
import static io.github.gkml.validation.AcceptanceFixtures.itemAdded;
import static io.github.gkml.validation.AcceptanceFixtures.readingRoomAccepted;
import static io.github.gkml.validation.AcceptanceFixtures.readingRoomRemoved;
import static io.github.gkml.validation.AcceptanceFixtures.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.ItemPath;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing baselines and acceptance files, and reading them back. */
class BaselineTest {

  static String baselineWith(
      Acceptances existing, List<Finding> findings, Severity threshold, Locale locale) {
    StringWriter out = new StringWriter();
    try {
      AcceptanceFile.defaults().writeBaseline(existing, findings, threshold, locale, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  /** Fills in every placeholder, as a reviewer would. */
  static String reviewed(String baseline) {
    return baseline
        .replace("justification: \"\"", "justification: " + JUSTIFICATION)
        .replace("approvedBy: \"\"", "approvedBy: " + APPROVED_BY);
  }

  static Acceptances read(String text) throws AcceptanceFileException {
    return AcceptanceFile.defaults().parse(text, "baseline.yaml");
  }

  @Nested
  class A_baseline {

    @Test
    void has_an_entry_to_review_for_each_finding_that_would_fail() {
      // GIVEN the 2023 → 2024 findings: the removed 查阅点 and an added item
      List<Finding> findings = List.of(itemAdded(), readingRoomRemoved());

      // WHEN a baseline is written with the defaults
      String baseline = baseline(findings);

      // THEN the removal has an entry with blank reason and document, under its message
      assertThat(baseline)
          .startsWith("# gkml 接受清单草稿")
          .endsWith(
              """
              format: gkml-acceptances/1
              acceptances:
                # ERROR 2023 → 2024: %s
                - fingerprint: 464556c9805580e6
                  ruleId: CHANNEL_REMOVED
                  item:
                    - 特困人员救助供养
                    - 政策法规文件
                  field: channels
                  from: "2023"
                  to: "2024"
                  justification: ""
                  approvedBy: ""
              """
                  .formatted(readingRoomRemoved().message(Locale.CHINA)));
    }

    @Test
    void is_refused_until_reviewed_naming_the_first_entry() {
      String baseline = baseline(List.of(guideDeadlineLoosened(), readingRoomRemoved()));

      assertThatThrownBy(() -> read(baseline))
          .isInstanceOf(AcceptanceFileException.class)
          .hasMessageContaining(
              "(/acceptances/0/justification): entry 1 (DEADLINE_LOOSENED 最低生活保障 / 办事指南")
          .hasMessageContaining("has a blank justification");
    }

    @Test
    void once_reviewed_reads_back_as_the_acceptances_of_its_findings() throws IOException {
      // GIVEN the baseline of three failing findings, filled in by a reviewer
      List<Finding> findings =
          List.of(readingRoomRemoved(), guideChannelNarrowed(), guideDeadlineLoosened());
      String filledIn = reviewed(baseline(findings));

      // WHEN it is read
      Acceptances acceptances = read(filledIn);

      // THEN it holds exactly the acceptances of those findings, sorted, and accepts them all
      List<Finding> sorted = new ArrayList<>(findings);
      sorted.sort(Finding.ORDER);
      assertThat(acceptances.entries())
          .containsExactlyElementsOf(
              sorted.stream().map(f -> Acceptance.of(f, JUSTIFICATION, APPROVED_BY)).toList());
      assertThat(acceptances.applyTo(findings, RUN_DAY)).allMatch(Finding::isAccepted);
    }

    @Test
    void leaves_out_accepted_information_and_stale_findings() {
      Finding stale =
          Acceptances.of(List.of(readingRoomAccepted())).applyTo(List.of(), RUN_DAY).get(0);

      String baseline =
          baseline(
              List.of(
                  itemAdded(),
                  stale,
                  guideDeadlineLoosened().withAccepted("已批准"),
                  readingRoomRemoved()));

      assertThat(baseline).containsOnlyOnce("- fingerprint:").contains("CHANNEL_REMOVED");
    }

    @Test
    void follows_the_threshold_and_the_language() {
      Finding warning = guideChannelNarrowed().withSeverity(Severity.WARNING);

      assertThat(
              baselineWith(Acceptances.empty(), List.of(warning), Severity.ERROR, Locale.ENGLISH))
          .endsWith("acceptances: []\n");
      assertThat(
              baselineWith(
                  Acceptances.empty(),
                  List.of(readingRoomRemoved()),
                  Severity.ERROR,
                  Locale.ENGLISH))
          .contains("  # ERROR 2023 → 2024: " + readingRoomRemoved().message(Locale.ENGLISH));
    }

    @Test
    void gives_findings_with_one_fingerprint_one_entry_spanning_their_versions()
        throws IOException {
      // GIVEN a history check that reports the loosened deadline for three version pairs
      Finding first = guideDeadlineLoosened();
      List<Finding> history =
          List.of(first.withVersions("2024", "2025"), first.withVersions("2023", "2025"), first);

      // WHEN a baseline is written and reviewed
      Acceptances acceptances = read(reviewed(baseline(history)));

      // THEN one entry covers 2023 … 2025 and accepts all three
      assertThat(acceptances.entries())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.fromVersion()).isEqualTo("2023");
                assertThat(a.toVersion()).isEqualTo("2025");
              });
      assertThat(acceptances.applyTo(history, RUN_DAY)).allMatch(Finding::isAccepted);
    }

    @Test
    void shows_at_most_five_findings_above_an_entry() {
      List<Finding> history = new ArrayList<>();
      for (int year = 2018; year < 2025; year++) {
        history.add(guideDeadlineLoosened().withVersions(Integer.toString(year), "2025"));
      }

      String baseline = baseline(history);

      assertThat(baseline.lines().filter(l -> l.startsWith("  # ERROR"))).hasSize(5);
      assertThat(baseline).contains("  # … +2\n").containsOnlyOnce("- fingerprint:");
    }

    @Test
    void includes_warnings_by_default() {
      Finding warning = guideChannelNarrowed().withSeverity(Severity.WARNING);

      assertThat(baseline(List.of(warning))).contains("  # WARNING 2023 → 2024: ");
    }

    @Test
    void leaves_a_range_open_where_a_finding_names_no_version() throws IOException {
      Finding unversioned = guideDeadlineLoosened().withVersions(null, "2024");
      Finding backwards = guideChannelNarrowed().withVersions("2025", "2024");

      Acceptances acceptances =
          read(reviewed(baseline(List.of(unversioned, guideDeadlineLoosened(), backwards))));

      assertThat(acceptances.entries()).hasSize(2);
      assertThat(acceptances.applyTo(List.of(unversioned, backwards), RUN_DAY))
          .allMatch(Finding::isAccepted);
    }

    @Test
    void is_the_same_for_the_same_findings_in_any_order() {
      List<Finding> findings =
          new ArrayList<>(
              List.of(readingRoomRemoved(), guideChannelNarrowed(), guideDeadlineLoosened()));
      String expected = baseline(findings);

      Collections.shuffle(findings, new Random(24));

      assertThat(baseline(findings)).isEqualTo(expected);
    }

    @Test
    void keeps_existing_acceptances_and_adds_entries_only_for_the_rest() throws IOException {
      // GIVEN the reviewed acceptance of the 查阅点 removal, one that expired, and this run
      Acceptance expired =
          Acceptance.of(guideDeadlineLoosened(), "试行期", "竹民发〔2023〕9号")
              .withExpires(LocalDate.of(2024, 1, 31));
      Acceptances existing = Acceptances.of(List.of(readingRoomAccepted(), expired));
      List<Finding> findings =
          existing.applyTo(
              List.of(readingRoomRemoved(), guideDeadlineLoosened(), guideChannelNarrowed()),
              RUN_DAY);

      // WHEN the baseline is refreshed and reviewed
      Acceptances refreshed =
          read(reviewed(baselineWith(existing, findings, Severity.WARNING, Locale.CHINA)));

      // THEN the existing entries come first, and only the narrowed channel is new
      assertThat(refreshed.entries())
          .containsExactly(
              readingRoomAccepted(),
              expired,
              Acceptance.of(guideChannelNarrowed(), JUSTIFICATION, APPROVED_BY));
    }

    @Test
    void keeps_every_comment_on_one_line() {
      Finding multiline =
          Finding.builder(RuleId.CHANNEL_UNKNOWN, Severity.WARNING)
              .item(ItemPath.of("最低生活保障", "办事指南"))
              .field("channels")
              .newValue("村务公开栏\n(电子屏)\u2028")
              .build();

      String baseline = baseline(List.of(multiline));

      assertThat(baseline.lines().filter(l -> l.contains("村务公开栏")))
          .singleElement()
          .asString()
          .startsWith("  # WARNING: ");
    }
  }

  @Nested
  class Reviewed_acceptances {

    @Test
    void are_written_as_they_read() throws IOException {
      Acceptances acceptances =
          Acceptances.of(
              List.of(
                  readingRoomAccepted()
                      .withExpires(LocalDate.of(2026, 12, 31))
                      .withNote("查阅点合并见县政务服务中心公告(2024年6月28日)")));

      assertThat(read(written(acceptances)).entries()).isEqualTo(acceptances.entries());
      assertThat(written(Acceptances.empty()))
          .isEqualTo("format: gkml-acceptances/1\nacceptances: []\n");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20240628L, 511724L, 7L, 42L})
    void survive_a_round_trip_whatever_their_text(long seed) throws IOException {
      // GIVEN acceptances made of awkward text (seed printed in the test name)
      List<Acceptance> generated = AcceptanceGenerator.acceptances(new Random(seed), 25);
      Acceptances acceptances = Acceptances.of(generated);

      // WHEN written and read back
      Acceptances back = read(written(acceptances));

      // THEN they are equal
      assertThat(back.entries()).as("seed %d", seed).isEqualTo(generated);
    }
  }
}
