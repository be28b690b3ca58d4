package io.github.gkml.validation;

import static io.github.gkml.validation.AcceptanceFixtures.APPROVED_BY;
import static io.github.gkml.validation.AcceptanceFixtures.JUSTIFICATION;
import static io.github.gkml.validation.AcceptanceFixtures.POLICY_DOCUMENTS;
import static io.github.gkml.validation.AcceptanceFixtures.RUN_DAY;
import static io.github.gkml.validation.AcceptanceFixtures.guideChannelNarrowed;
import static io.github.gkml.validation.AcceptanceFixtures.guideDeadlineLoosened;
import static io.github.gkml.validation.AcceptanceFixtures.itemAdded;
import static io.github.gkml.validation.AcceptanceFixtures.readingRoomAccepted;
import static io.github.gkml.validation.AcceptanceFixtures.readingRoomRemoved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AcceptancesTest {

  static final SourceLocation AT_LINE_3 =
      new SourceLocation("acceptances.yaml", null, 3, 5, "/acceptances/0");

  static Acceptances located(Acceptance... acceptances) {
    List<SourceLocation> locations = new ArrayList<>();
    for (int i = 0; i < acceptances.length; i++) {
      locations.add(
          new SourceLocation("acceptances.yaml", null, 3 + 12 * i, 5, "/acceptances/" + i));
    }
    return Acceptances.of(Arrays.asList(acceptances), locations);
  }

  static List<Finding> run() {
    return List.of(guideDeadlineLoosened(), readingRoomRemoved(), itemAdded());
  }

  static List<Finding> stale(List<Finding> findings) {
    return findings.stream().filter(f -> f.ruleId().equals(RuleId.ACCEPTANCE_STALE)).toList();
  }

  @Nested
  class Covered_findings {

    @Test
    void are_still_reported_marked_accepted_with_the_reason() {
      // GIVEN the 2023 → 2024 findings and the approved acceptance of the removed 查阅点
      Acceptances acceptances = located(readingRoomAccepted());

      // WHEN applied
      List<Finding> findings = acceptances.applyTo(run(), RUN_DAY);

      // THEN the removal is reported, accepted; nothing else changes and nothing is stale
      assertThat(findings).hasSize(3);
      assertThat(findings)
          .filteredOn(Finding::isAccepted)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.item()).isEqualTo(POLICY_DOCUMENTS);
                assertThat(f.accepted()).isEqualTo(JUSTIFICATION + "(" + APPROVED_BY + ")");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
              });
      assertThat(stale(findings)).isEmpty();
    }

    @Test
    void no_longer_fail_the_check() {
      List<Finding> findings =
          located(readingRoomAccepted()).applyTo(List.of(readingRoomRemoved()), RUN_DAY);

      assertThat(Summary.fails(findings, Severity.WARNING)).isFalse();
      assertThat(Summary.of(findings).accepted()).isEqualTo(1);
    }

    @Test
    void keep_a_reason_they_already_had() {
      Finding earlier = readingRoomRemoved().withAccepted("早先的理由");

      List<Finding> findings = located(readingRoomAccepted()).applyTo(List.of(earlier), RUN_DAY);

      assertThat(findings).containsExactly(earlier);
    }

    @Test
    void take_the_reason_of_the_first_acceptance_in_file_order() {
      Acceptance open = readingRoomAccepted().withVersions(null, null);
      Acceptance other =
          Acceptance.of(readingRoomRemoved(), "另一理由", "竹府办发〔2024〕3号").withVersions("2023", null);

      List<Finding> findings = located(open, other).applyTo(List.of(readingRoomRemoved()), RUN_DAY);

      assertThat(findings)
          .singleElement()
          .extracting(Finding::accepted)
          .asString()
          .startsWith(JUSTIFICATION);
    }
  }

  @Nested
  class Stale_acceptances {

    @Test
    void are_reported_when_they_match_nothing() {
      // GIVEN an acceptance of the 查阅点 removal, in a run where 查阅点 was not removed
      Acceptances acceptances = located(readingRoomAccepted());

      // WHEN applied to the other findings
      List<Finding> findings =
          acceptances.applyTo(List.of(guideDeadlineLoosened(), itemAdded()), RUN_DAY);

      // THEN one warning names its rule, item and fingerprint, at its line in the file
      assertThat(stale(findings))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.principle()).isNull();
                assertThat(f.item()).isEqualTo(POLICY_DOCUMENTS);
                assertThat(f.field()).isEqualTo("channels");
                assertThat(f.location()).isEqualTo(AT_LINE_3);
                assertThat(f.isAccepted()).isFalse();
                assertThat(f.message(Locale.CHINA))
                    .isEqualTo(
                        "接受清单条目 CHANNEL_REMOVED 特困人员救助供养 / 政策法规文件(指纹 464556c9805580e6)"
                            + "没有匹配本次的任何发现;问题如已不存在,请从接受清单中删除该条目");
                assertThat(f.message(Locale.ENGLISH))
                    .startsWith(
                        "the acceptance of CHANNEL_REMOVED 特困人员救助供养 / 政策法规文件"
                            + " (fingerprint 464556c9805580e6) matched no finding");
              });
    }

    @Test
    void are_reported_when_the_versions_are_outside_their_range() {
      Acceptances acceptances = located(readingRoomAccepted().withVersions("2024", "2025"));

      List<Finding> findings = acceptances.applyTo(List.of(readingRoomRemoved()), RUN_DAY);

      assertThat(findings).filteredOn(Finding::isAccepted).isEmpty();
      assertThat(stale(findings)).hasSize(1);
    }

    @Test
    void are_reported_when_expired_and_accept_nothing() {
      // GIVEN an acceptance that ran until the end of 2024
      Acceptances acceptances =
          located(readingRoomAccepted().withExpires(LocalDate.of(2024, 12, 31)));

      // WHEN applied in 2025
      List<Finding> findings =
          acceptances.applyTo(List.of(readingRoomRemoved()), LocalDate.of(2025, 1, 2));

      // THEN the removal fails again, and the warning says the acceptance expired
      assertThat(Summary.fails(findings, Severity.ERROR)).isTrue();
      assertThat(stale(findings))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.message(Locale.CHINA)).contains("已于2024-12-31到期").contains("续期");
                assertThat(f.message(Locale.ENGLISH)).contains("expired on 2024-12-31");
              });
    }

    @Test
    void name_a_catalog_wide_acceptance_by_its_rule() {
      Acceptance catalogWide =
          new Acceptance(
              RuleId.of("BASELINE_ITEM_MISSING"),
              null,
              null,
              new Fingerprint("0123456789abcdef"),
              null,
              null,
              JUSTIFICATION,
              APPROVED_BY,
              null,
              null);

      List<Finding> findings = Acceptances.of(List.of(catalogWide)).applyTo(List.of(), RUN_DAY);

      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.item()).isNull();
                assertThat(f.location()).isNull();
                assertThat(f.message(Locale.ENGLISH))
                    .startsWith("the acceptance of BASELINE_ITEM_MISSING (fingerprint");
              });
    }

    @Test
    void pass_through_a_second_application_unchanged() {
      Acceptances acceptances = located(readingRoomAccepted());
      List<Finding> once = acceptances.applyTo(List.of(guideDeadlineLoosened()), RUN_DAY);

      List<Finding> twice = Acceptances.empty().applyTo(once, RUN_DAY);

      assertThat(twice).isEqualTo(once);
    }
  }

  @Nested
  class The_result {

    @Test
    void is_sorted_and_unmodifiable() {
      List<Finding> findings =
          located(readingRoomAccepted().withVersions("2019", "2020"))
              .applyTo(
                  List.of(
                      itemAdded(),
                      readingRoomRemoved(),
                      guideChannelNarrowed(),
                      guideDeadlineLoosened()),
                  RUN_DAY);

      assertThat(findings).isSortedAccordingTo(Finding.ORDER).hasSize(5);
      assertThatThrownBy(() -> findings.add(itemAdded()))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void of_no_acceptances_is_the_findings_sorted() {
      List<Finding> findings = Acceptances.empty().applyTo(run(), RUN_DAY);

      assertThat(findings).containsExactlyInAnyOrderElementsOf(run());
      assertThat(findings).isSortedAccordingTo(Finding.ORDER);
    }
  }

  @Nested
  class The_collection {

    @Test
    void keeps_entries_and_their_locations() {
      Acceptances acceptances = located(readingRoomAccepted());

      assertThat(acceptances.size()).isOne();
      assertThat(acceptances.isEmpty()).isFalse();
      assertThat(acceptances.locationOf(0)).contains(AT_LINE_3);
      assertThat(Acceptances.of(List.of(readingRoomAccepted())).locationOf(0)).isEmpty();
      assertThat(acceptances).isEqualTo(located(readingRoomAccepted()));
      assertThat(acceptances).hasSameHashCodeAs(located(readingRoomAccepted()));
      assertThat(acceptances).isNotEqualTo(Acceptances.of(List.of(readingRoomAccepted())));
      assertThat(acceptances.toString()).contains("竹民发〔2024〕21号");
    }

    @Test
    void refuses_locations_that_do_not_line_up() {
      assertThatThrownBy(() -> Acceptances.of(List.of(readingRoomAccepted()), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("one per acceptance (1), got 0");
    }

    @Test
    void cannot_be_changed_through_its_entries() {
      assertThatThrownBy(() -> located(readingRoomAccepted()).entries().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
