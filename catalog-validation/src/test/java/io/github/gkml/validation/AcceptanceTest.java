package io.github.gkml.validation;

import static io.github.gkml.validation.AcceptanceFixtures.APPROVED_BY;
import static io.github.gkml.validation.AcceptanceFixtures.JUSTIFICATION;
import static io.github.gkml.validation.AcceptanceFixtures.POLICY_DOCUMENTS;
import static io.github.gkml.validation.AcceptanceFixtures.RUN_DAY;
import static io.github.gkml.validation.AcceptanceFixtures.guideDeadlineLoosened;
import static io.github.gkml.validation.AcceptanceFixtures.readingRoomAccepted;
import static io.github.gkml.validation.AcceptanceFixtures.readingRoomRemoved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptanceTest {

  @Nested
  class Construction {

    @Test
    void takes_rule_item_field_fingerprint_and_versions_from_the_finding() {
      Acceptance acceptance = readingRoomAccepted();

      assertThat(acceptance.ruleId()).isEqualTo(AcceptanceFixtures.CHANNEL_REMOVED);
      assertThat(acceptance.item()).isEqualTo(POLICY_DOCUMENTS);
      assertThat(acceptance.field()).isEqualTo("channels");
      assertThat(acceptance.fingerprint()).isEqualTo(Fingerprint.of(readingRoomRemoved()));
      assertThat(acceptance.fromVersion()).isEqualTo("2023");
      assertThat(acceptance.toVersion()).isEqualTo("2024");
      assertThat(acceptance.expires()).isNull();
      assertThat(acceptance.note()).isNull();
    }

    @Test
    void refuses_a_blank_justification_naming_it() {
      assertThatThrownBy(() -> Acceptance.of(readingRoomRemoved(), " ", APPROVED_BY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("justification is blank");
    }

    @Test
    void refuses_a_blank_approving_document_naming_it() {
      assertThatThrownBy(() -> Acceptance.of(readingRoomRemoved(), JUSTIFICATION, ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("approvedBy is blank");
    }

    @Test
    void refuses_a_range_that_ends_before_it_starts() {
      assertThatThrownBy(() -> readingRoomAccepted().withVersions("2024.1", "2024"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("fromVersion 2024.1 comes after toVersion 2024");
    }

    @Test
    void strips_text_and_reads_blank_optional_values_as_absent() {
      Acceptance acceptance =
          Acceptance.of(readingRoomRemoved(), " " + JUSTIFICATION + "\n", APPROVED_BY)
              .withVersions(" ", "2024 ")
              .withNote("  ");

      assertThat(acceptance.justification()).isEqualTo(JUSTIFICATION);
      assertThat(acceptance.fromVersion()).isNull();
      assertThat(acceptance.toVersion()).isEqualTo("2024");
      assertThat(acceptance.note()).isNull();
    }

    @Test
    void gives_findings_its_justification_and_approving_document() {
      assertThat(readingRoomAccepted().reason()).isEqualTo(JUSTIFICATION + "(竹民发〔2024〕21号)");
    }
  }

  @Nested
  class Covering {

    @Test
    void covers_the_finding_it_was_made_from() {
      assertThat(readingRoomAccepted().covers(readingRoomRemoved(), RUN_DAY)).isTrue();
    }

    @Test
    void does_not_cover_another_finding_on_the_same_item() {
      Acceptance acceptance = readingRoomAccepted();

      assertThat(acceptance.covers(guideDeadlineLoosened(), RUN_DAY)).isFalse();
    }

    @ParameterizedTest(name = "[{0}, {1}] covers {2} → {3}: {4}")
    @CsvSource(
        nullValues = "-",
        value = {
          "-,    -,    2023,   2024,   true",
          "-,    -,    -,      -,      true",
          "2023, 2024, 2023,   2024,   true",
          "2023, -,    2024,   2025,   true",
          "-,    2025, 2024,   2024.1, true",
          "2023, 2025, 2024,   2024.1, true",
          "2024, -,    2023,   2024,   false",
          "-,    2023, 2023,   2024,   false",
          "2023, 2024, 2024,   2024.1, false",
          "2023, -,    -,      2024,   false",
          "-,    2024, 2023,   -,      false",
          "2023, 2024, 2023,   2024.0, false",
          "2023, 2024, ２０２３, 2024,   true",
        })
    void covers_the_versions_within_its_range(
        String from, String to, String findingFrom, String findingTo, boolean covered) {
      Acceptance acceptance = readingRoomAccepted().withVersions(from, to);
      Finding finding = readingRoomRemoved().withVersions(findingFrom, findingTo);

      assertThat(acceptance.covers(finding, RUN_DAY)).isEqualTo(covered);
    }
  }

  @Nested
  class Expiry {

    final Acceptance untilYearEnd = readingRoomAccepted().withExpires(LocalDate.of(2024, 12, 31));

    @Test
    void is_in_force_on_its_last_day() {
      assertThat(untilYearEnd.isExpired(LocalDate.of(2024, 12, 31))).isFalse();
      assertThat(untilYearEnd.covers(readingRoomRemoved(), LocalDate.of(2024, 12, 31))).isTrue();
    }

    @Test
    void has_expired_the_day_after() {
      assertThat(untilYearEnd.isExpired(LocalDate.of(2025, 1, 1))).isTrue();
      assertThat(untilYearEnd.covers(readingRoomRemoved(), LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void never_expires_without_a_date() {
      assertThat(readingRoomAccepted().isExpired(LocalDate.of(2099, 1, 1))).isFalse();
    }
  }
}
