package io.github.gkml.validation.internal;

import io.github.gkml.model.ItemPath;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.MessageBundle;
import io.github.gkml.validation.Principle;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import io.github.gkml.validation.Summary;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The words of every report format, from the {@code Report} bundles: headings, labels of
 * severities, principles and verdicts, and the short description of each rule ({@code rule.<ID>}).
 */
public final class ReportWords {

  private static final MessageBundle BUNDLE =
      MessageBundle.load(ReportWords.class::getResourceAsStream, "Report");

  private ReportWords() {}

  /** The bundle, for tests that keep the languages in step. */
  public static MessageBundle bundle() {
    return BUNDLE;
  }

  /** The word under {@code key}; the key itself if the bundle lacks it. */
  public static String word(String key, Locale locale) {
    return BUNDLE.template(key, locale).orElse(key);
  }

  /** The template under {@code key} with its placeholders filled from {@code values}. */
  public static String fill(String key, Locale locale, Map<String, String> values) {
    return MessageBundle.fill(word(key, locale), values::get);
  }

  /** 错误, 警告, 提示 — or ERROR, WARNING, INFO. */
  public static String severity(Severity severity, Locale locale) {
    return word("severity." + severity.name(), locale);
  }

  /** The principle as the work plans state it; "other checks" for {@code null}. */
  public static String principle(@Nullable Principle principle, Locale locale) {
    return word(principle == null ? "principle.none" : "principle." + principle.name(), locale);
  }

  /** The rule's short description, e.g. 公开渠道减少; the id for a rule the bundle does not know. */
  public static String rule(RuleId rule, Locale locale) {
    return BUNDLE.template("rule." + rule.id(), locale).orElse(rule.id());
  }

  /** The element's label, e.g. 公开时限; empty for {@code null}. */
  public static String field(@Nullable String field, Locale locale) {
    return field == null ? "" : FindingMessages.fieldLabel(field, locale);
  }

  /** The item path, or "whole catalog" for a finding on the catalog as a whole. */
  public static String item(@Nullable ItemPath item, Locale locale) {
    return item == null ? word("catalog", locale) : item.toString();
  }

  /** {@code from → to} for a finding of a history check, or {@code null}. */
  public static @Nullable String versions(Finding finding, Locale locale) {
    if (finding.fromVersion() == null && finding.toVersion() == null) {
      return null;
    }
    return fill(
        "versions",
        locale,
        Map.of(
            "from", Objects.requireNonNullElse(finding.fromVersion(), "—"),
            "to", Objects.requireNonNullElse(finding.toVersion(), "—")));
  }

  /** The counts in one sentence, or "no findings". */
  public static String summary(Summary summary, Locale locale) {
    if (summary.total() == 0) {
      return word("none", locale);
    }
    return fill(
        "summary",
        locale,
        Map.of(
            "total", Integer.toString(summary.total()),
            "errors", Integer.toString(summary.errors()),
            "warnings", Integer.toString(summary.warnings()),
            "infos", Integer.toString(summary.infos()),
            "accepted", Integer.toString(summary.accepted())));
  }

  /** The failing threshold in one sentence. */
  public static String failOn(Report report, Locale locale) {
    Severity threshold = report.failOn();
    return threshold == null
        ? word("failOn.never", locale)
        : fill("failOn", locale, Map.of("severity", severity(threshold, locale)));
  }

  /**
   * Whether the finding shows one value as found rather than a change: in a single catalog, a
   * finding with no old value (the channel name not in the vocabulary, the phrase not understood).
   */
  public static boolean isPlainValue(Report report, Finding finding) {
    return finding.oldValue() == null && !report.isComparison() && finding.fromVersion() == null;
  }

  /** The label of a version column: the finding's own versions, the report's, or old/new. */
  public static String side(Report report, Finding finding, boolean old, Locale locale) {
    String word = word(old ? "old" : "new", locale);
    String version = old ? finding.fromVersion() : finding.toVersion();
    Report.Source source = old ? report.oldSource() : report.newSource();
    if (version == null && source != null) {
      version = source.version() == null ? source.name() : source.version();
    }
    return version == null ? word : word + " · " + version;
  }
}
