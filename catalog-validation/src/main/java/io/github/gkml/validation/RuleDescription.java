package io.github.gkml.validation;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 规则说明 — what one rule id checks: its purpose in Chinese and English, the principle it enforces (if
 * any) and the severity its findings have unless a {@link RuleSet} overrides it. {@code gkml
 * validate --list-rules} prints these.
 *
 * @param id the rule id
 * @param principle the principle it enforces, or {@code null}
 * @param defaultSeverity the severity of its findings unless configured otherwise
 * @param purposeZh what it checks, in Chinese
 * @param purposeEn what it checks, in English
 * @param source the legal source it rests on (e.g. 国办发〔2019〕54号, 条例第二十六条), or {@code null}
 * @since 0.1
 */
public record RuleDescription(
    RuleId id,
    @Nullable Principle principle,
    Severity defaultSeverity,
    String purposeZh,
    String purposeEn,
    @Nullable String source) {

  /**
   * Validates the description.
   *
   * @throws IllegalArgumentException if a purpose is blank
   */
  public RuleDescription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(purposeZh, "purposeZh");
    Objects.requireNonNull(purposeEn, "purposeEn");
    if (purposeZh.isBlank() || purposeEn.isBlank()) {
      throw new IllegalArgumentException("rule " + id + " needs a purpose in Chinese and English");
    }
  }

  /** A description without a principle or legal source. */
  public static RuleDescription of(
      RuleId id, Severity defaultSeverity, String purposeZh, String purposeEn) {
    return new RuleDescription(id, null, defaultSeverity, purposeZh, purposeEn, null);
  }

  /** The purpose in the locale's language: English for {@code en}, Chinese otherwise. */
  public String purpose(Locale locale) {
    return MessageBundle.isEnglish(locale) ? purposeEn : purposeZh;
  }
}
