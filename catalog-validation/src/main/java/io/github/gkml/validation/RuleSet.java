package io.github.gkml.validation;

import io.github.gkml.model.PeriodUnit;
import io.github.gkml.model.StrictnessPolicy;
import io.github.gkml.model.TimeSpan;
import io.github.gkml.model.WorkingCalendar;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 规则配置 — how a {@link CatalogValidator} runs its rules: which rule ids are disabled, severity
 * overrides, and the policy options (the working calendar, the {@link StrictnessPolicy}, the
 * statutory period of 条例第二十六条, and named options for custom rules).
 *
 * <p>Immutable and thread-safe: every {@code withX} returns a new rule set, so two validators with
 * different settings in one JVM never interfere. Rule ids are enabled unless disabled; an id no
 * rule reports may be named (a rule-set file is checked against the rules it is used with).
 *
 * @since 0.1
 */
public final class RuleSet {

  /** 条例第二十六条: 主动公开 within 20 working days of the information being formed or changed. */
  public static final TimeSpan STATUTORY_PERIOD = TimeSpan.of(20, PeriodUnit.WORKING_DAYS);

  private static final RuleSet DEFAULTS =
      new RuleSet(
          Set.of(),
          Map.of(),
          WorkingCalendar.china(),
          StrictnessPolicy.defaults(),
          STATUTORY_PERIOD,
          Map.of());

  private final Set<RuleId> disabled;
  private final Map<RuleId, Severity> severities;
  private final WorkingCalendar calendar;
  private final StrictnessPolicy policy;
  private final TimeSpan statutoryPeriod;
  private final Map<String, String> options;

  private RuleSet(
      Set<RuleId> disabled,
      Map<RuleId, Severity> severities,
      WorkingCalendar calendar,
      StrictnessPolicy policy,
      TimeSpan statutoryPeriod,
      Map<String, String> options) {
    this.disabled = Collections.unmodifiableSet(new TreeSet<>(disabled));
    this.severities = Collections.unmodifiableMap(new TreeMap<>(severities));
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.statutoryPeriod = Objects.requireNonNull(statutoryPeriod, "statutoryPeriod");
    this.options = Collections.unmodifiableMap(new TreeMap<>(options));
  }

  /**
   * Every rule enabled at its default severity, the national calendar, the default strictness
   * policy, 20 working days.
   */
  public static RuleSet defaults() {
    return DEFAULTS;
  }

  /** A copy with these rule ids disabled: their findings are not reported. */
  public RuleSet disable(RuleId... ids) {
    Set<RuleId> set = new TreeSet<>(disabled);
    set.addAll(Set.of(ids));
    return new RuleSet(set, severities, calendar, policy, statutoryPeriod, options);
  }

  /** A copy with these rule ids enabled again. */
  public RuleSet enable(RuleId... ids) {
    Set<RuleId> set = new TreeSet<>(disabled);
    Set.of(ids).forEach(set::remove);
    return new RuleSet(set, severities, calendar, policy, statutoryPeriod, options);
  }

  /** A copy in which findings of {@code id} have {@code severity} instead of their default. */
  public RuleSet withSeverity(RuleId id, Severity severity) {
    Map<RuleId, Severity> map = new TreeMap<>(severities);
    map.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(severity, "severity"));
    return new RuleSet(disabled, map, calendar, policy, statutoryPeriod, options);
  }

  /** A copy counting working days on another calendar (e.g. a 民族自治地方's). */
  public RuleSet withCalendar(WorkingCalendar newCalendar) {
    return new RuleSet(disabled, severities, newCalendar, policy, statutoryPeriod, options);
  }

  /** A copy with another policy for the comparisons the law does not decide. */
  public RuleSet withPolicy(StrictnessPolicy newPolicy) {
    return new RuleSet(disabled, severities, calendar, newPolicy, statutoryPeriod, options);
  }

  /**
   * A copy with another general statutory period for 主动公开 (default {@link #STATUTORY_PERIOD}), e.g.
   * a province that requires 15 working days.
   */
  public RuleSet withStatutoryPeriod(TimeSpan period) {
    return new RuleSet(disabled, severities, calendar, policy, period, options);
  }

  /** A copy with a named option for a rule that reads it (see {@link CatalogRule#options()}). */
  public RuleSet withOption(String name, String value) {
    Map<String, String> map = new TreeMap<>(options);
    map.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new RuleSet(disabled, severities, calendar, policy, statutoryPeriod, map);
  }

  /** Whether findings of {@code id} are reported. */
  public boolean isEnabled(RuleId id) {
    return !disabled.contains(id);
  }

  /** The severity findings of this rule get: the override, else the description's default. */
  public Severity severityOf(RuleDescription rule) {
    return severities.getOrDefault(rule.id(), rule.defaultSeverity());
  }

  /** The disabled rule ids, sorted. */
  public Set<RuleId> disabled() {
    return disabled;
  }

  /** The severity overrides, by rule id. */
  public Map<RuleId, Severity> severities() {
    return severities;
  }

  /** The working-day calendar. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** The strictness policy. */
  public StrictnessPolicy policy() {
    return policy;
  }

  /** The general statutory period for 主动公开 (条例第二十六条). */
  public TimeSpan statutoryPeriod() {
    return statutoryPeriod;
  }

  /** The named options, sorted by name. */
  public Map<String, String> options() {
    return options;
  }

  /** The value of a named option, if set. */
  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof RuleSet other
        && disabled.equals(other.disabled)
        && severities.equals(other.severities)
        && calendar.equals(other.calendar)
        && policy.equals(other.policy)
        && statutoryPeriod.equals(other.statutoryPeriod)
        && options.equals(other.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(disabled, severities, calendar, policy, statutoryPeriod, options);
  }

  @Override
  public String toString() {
    return "RuleSet[disabled="
        + disabled
        + ", severities="
        + severities
        + ", calendar="
        + calendar.name()
        + ", policy="
        + policy
        + ", statutoryPeriod="
        + statutoryPeriod
        + ", options="
        + options
        + "]";
  }
}
