package io.github.gkml.assertj;

import io.github.gkml.assertj.internal.FailureMessages;
import io.github.gkml.model.ItemPath;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/**
 * 报告断言 — assertions on a {@link Report} (of a validation, a revision check or a history): whether
 * it passes, what it found, what was accepted.
 *
 * <pre>{@code
 * assertThat(report).fails().hasFinding(RuleId.CHANNEL_REMOVED, path);  // passes on the 2024 revision
 * assertThat(report).passes();                                          // fails, listing the errors
 * }</pre>
 *
 * @since 0.1
 */
public class ReportAssert extends AbstractAssert<ReportAssert, Report> {

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  /** Assertions on {@code actual}; use {@link CatalogAssertions#assertThat(Report)}. */
  public ReportAssert(Report actual) {
    super(actual, ReportAssert.class);
  }

  /** Failure messages in this language: Chinese (the default) or English. */
  public ReportAssert inLanguage(Locale language) {
    this.locale = language;
    return myself;
  }

  /**
   * Verifies that the report passes: no finding at or above its failing severity is open.
   *
   * <p>Passes for the 养老服务 2023 → 2024 revision; fails for 社会救助 2023 → 2024, listing the two
   * errors.
   */
  public ReportAssert passes() {
    isNotNull();
    if (actual.fails()) {
      List<Finding> failing = failing();
      fail("report.fails", Map.of("count", Integer.toString(failing.size())), failing);
    }
    return myself;
  }

  /**
   * Verifies that the report fails.
   *
   * <p>Passes for a revision that drops an item; fails for one that only adds.
   */
  public ReportAssert fails() {
    isNotNull();
    if (!actual.fails()) {
      fail("report.passes", Map.of(), List.of());
    }
    return myself;
  }

  /**
   * Verifies that no finding is at or above {@code severity} (accepted ones included).
   *
   * <p>{@code hasNoFindingsAtOrAbove(WARNING)} fails for a report with an ITEM_RENAMED warning.
   */
  public ReportAssert hasNoFindingsAtOrAbove(Severity severity) {
    isNotNull();
    List<Finding> found =
        actual.findings().stream().filter(f -> f.severity().isAtLeast(severity)).toList();
    if (!found.isEmpty()) {
      fail(
          "report.findingsAtOrAbove",
          Map.of("severity", severity.name(), "count", Integer.toString(found.size())),
          found);
    }
    return myself;
  }

  /**
   * Verifies that the report has a finding of {@code rule} on {@code item}.
   *
   * <p>Passes for {@code hasFinding(CONTENT_ELEMENT_REMOVED, ItemPath.of("临时救助", "办事指南"))} on the
   * 社会救助 2023 → 2024 revision.
   */
  public ReportAssert hasFinding(RuleId rule, ItemPath item) {
    isNotNull();
    if (actual.findings().stream().noneMatch(f -> is(f, rule, item))) {
      fail(
          "report.noSuchFinding",
          Map.of("rule", rule.id(), "item", item.toString()),
          actual.findings());
    }
    return myself;
  }

  /**
   * Verifies that the report's finding of {@code rule} on {@code item} is accepted.
   *
   * <p>Passes for CHANNEL_REMOVED on 特困人员救助供养 / 政策法规文件 with the example acceptance file; fails
   * without it.
   */
  public ReportAssert hasAcceptedFinding(RuleId rule, ItemPath item) {
    isNotNull();
    if (actual.findings().stream().noneMatch(f -> is(f, rule, item) && f.isAccepted())) {
      fail(
          "report.notAccepted",
          Map.of("rule", rule.id(), "item", item.toString()),
          actual.findings());
    }
    return myself;
  }

  private List<Finding> failing() {
    Severity threshold = actual.failOn();
    return actual.findings().stream()
        .filter(f -> threshold != null && !f.isAccepted() && f.severity().isAtLeast(threshold))
        .toList();
  }

  private static boolean is(Finding finding, RuleId rule, ItemPath item) {
    return rule.equals(finding.ruleId()) && finding.item() != null && item.matches(finding.item());
  }

  private void fail(String key, Map<String, String> params, List<Finding> findings) {
    Map<String, String> all = new HashMap<>(params);
    all.put("subject", actual.subject());
    failWithMessage("%s", FailureMessages.message(key, locale, all, findings));
  }
}
