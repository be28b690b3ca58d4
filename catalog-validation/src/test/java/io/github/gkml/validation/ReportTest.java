package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Nested
  class Findings {

    @Test
    void are_sorted_by_item_then_rule_whatever_order_they_come_in() {
      // GIVEN the findings in reverse order
      List<Finding> reversed = new ArrayList<>(ReportSamples.findings());
      reversed.sort(Finding.ORDER.reversed());

      // WHEN a report holds them
      Report report = Report.of("x", reversed);

      // THEN they are in the finding order
      List<Finding> sorted = new ArrayList<>(ReportSamples.findings());
      sorted.sort(Finding.ORDER);
      assertThat(report.findings()).containsExactlyElementsOf(sorted);
    }

    @Test
    void are_copied_and_cannot_be_changed() {
      List<Finding> findings = new ArrayList<>(ReportSamples.findings());
      Report report = Report.of("x", findings);

      findings.clear();

      assertThat(report.findings()).hasSize(ReportSamples.findings().size());
      assertThatThrownBy(() -> report.findings().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void are_counted_by_severity() {
      assertThat(ReportSamples.revision().summary()).isEqualTo(new Summary(5, 2, 2, 1));
    }
  }

  @Nested
  class Comparison {

    @Test
    void is_titled_old_to_new_with_the_versions() {
      Report report = ReportSamples.revision();

      assertThat(report.subject()).isEqualTo("社会救助-2022.yaml (2022) → 社会救助-2023.yaml (2023)");
      assertThat(report.isComparison()).isTrue();
      assertThat(report.oldSource()).isEqualTo(ReportSamples.OLD);
    }

    @Test
    void names_a_source_without_a_version_by_its_name_alone() {
      assertThat(Report.Source.of("旧.yaml", null).label()).isEqualTo("旧.yaml");
    }

    @Test
    void needs_both_sides_or_neither() {
      assertThatThrownBy(() -> new Report("x", ReportSamples.OLD, null, List.of(), Severity.ERROR))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("oldSource and newSource");
    }

    @Test
    void a_single_subject_is_not_a_comparison() {
      assertThat(Report.of("目录.yaml", List.of()).isComparison()).isFalse();
    }
  }

  @Nested
  class Failing {

    @Test
    void fails_on_an_open_error_by_default() {
      assertThat(ReportSamples.revision().failOn()).isEqualTo(Severity.ERROR);
      assertThat(ReportSamples.revision().fails()).isTrue();
    }

    @Test
    void never_fails_without_a_threshold() {
      assertThat(ReportSamples.revision().withFailOn(null).fails()).isFalse();
    }

    @Test
    void an_open_warning_fails_from_the_warning_threshold() {
      // GIVEN only warnings and information
      List<Finding> noErrors =
          ReportSamples.findings().stream().filter(f -> f.severity() != Severity.ERROR).toList();
      Report report = Report.of("x", noErrors);

      // THEN it fails from WARNING, not from ERROR
      assertThat(report.fails()).isFalse();
      assertThat(report.withFailOn(Severity.WARNING).fails()).isTrue();
    }

    @Test
    void an_empty_report_never_fails() {
      assertThat(Report.of("x", Collections.emptyList()).withFailOn(Severity.INFO).fails())
          .isFalse();
    }
  }
}
