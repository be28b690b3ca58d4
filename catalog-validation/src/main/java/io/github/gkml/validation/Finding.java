package io.github.gkml.validation;

import io.github.gkml.model.ItemPath;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.internal.FindingMessages;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 检查发现 — one thing a check found: which rule, how severe, under which principle, on which item and
 * field, the old and new values, and where the input came from.
 *
 * <p>The message is not stored: {@link #message(Locale)} renders it from the rule's template in the
 * Chinese ({@code zh_CN}, the default) or English bundle with {@link #params()} — the bundle of the
 * rule that reported it when that rule brings its own ({@link CatalogRule#messages()}), else
 * gkml's. Findings sort by {@link #ORDER}: item path, then rule id, so that the same inputs give
 * the same report.
 *
 * @param ruleId the rule that found it
 * @param principle the principle it enforces, or {@code null}
 * @param severity how much it matters
 * @param item the item it concerns, or {@code null} for the catalog as a whole
 * @param field the element it concerns ({@code deadline}, {@code channels} …), or {@code null}
 * @param oldValue the value before (in a revision), or {@code null}
 * @param newValue the value after, or the value found, or {@code null}
 * @param params the values the message template names, in order
 * @param accepted the reason of the acceptance that covers it, or {@code null} if not accepted
 * @param location where the input came from (file, sheet, row, column or JSON pointer), or {@code
 *     null}
 * @param fromVersion the older version compared (history checks), or {@code null}
 * @param toVersion the newer version compared (history checks), or {@code null}
 * @param messages the bundle of the rule that reported it, tried before gkml's own bundles, or
 *     {@code null} for gkml's rules
 * @since 0.1
 */
public record Finding(
    RuleId ruleId,
    @Nullable Principle principle,
    Severity severity,
    @Nullable ItemPath item,
    @Nullable String field,
    @Nullable String oldValue,
    @Nullable String newValue,
    Map<String, String> params,
    @Nullable String accepted,
    @Nullable SourceLocation location,
    @Nullable String fromVersion,
    @Nullable String toVersion,
    @Nullable MessageBundle messages) {

  /**
   * Item path (catalog-wide findings first), rule id, field, old value, new value, then the
   * versions compared.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::item, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::field, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::oldValue, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::newValue, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::fromVersion, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::toVersion, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** Validates and copies. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /**
   * A finding whose message comes from gkml's own bundles (the form before rules had their own).
   */
  public Finding(
      RuleId ruleId,
      @Nullable Principle principle,
      Severity severity,
      @Nullable ItemPath item,
      @Nullable String field,
      @Nullable String oldValue,
      @Nullable String newValue,
      Map<String, String> params,
      @Nullable String accepted,
      @Nullable SourceLocation location,
      @Nullable String fromVersion,
      @Nullable String toVersion) {
    this(
        ruleId,
        principle,
        severity,
        item,
        field,
        oldValue,
        newValue,
        params,
        accepted,
        location,
        fromVersion,
        toVersion,
        null);
  }

  /** A builder for a finding of {@code ruleId} at {@code severity}. */
  public static Builder builder(RuleId ruleId, Severity severity) {
    return new Builder(ruleId, severity);
  }

  /** Whether an acceptance covers it: still reported, but it does not fail a check. */
  public boolean isAccepted() {
    return accepted != null;
  }

  /** The message in the given language: {@code zh} (the default) or {@code en}. */
  public String message(Locale locale) {
    return FindingMessages.render(this, locale);
  }

  /** A copy located at {@code where}. */
  public Finding withLocation(@Nullable SourceLocation where) {
    return new Finding(
        ruleId,
        principle,
        severity,
        item,
        field,
        oldValue,
        newValue,
        params,
        accepted,
        where,
        fromVersion,
        toVersion,
        messages);
  }

  /** A copy marked accepted for {@code reason}. */
  public Finding withAccepted(@Nullable String reason) {
    return new Finding(
        ruleId,
        principle,
        severity,
        item,
        field,
        oldValue,
        newValue,
        params,
        reason,
        location,
        fromVersion,
        toVersion,
        messages);
  }

  /** A copy with another severity (a configured override). */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(
        ruleId,
        principle,
        newSeverity,
        item,
        field,
        oldValue,
        newValue,
        params,
        accepted,
        location,
        fromVersion,
        toVersion,
        messages);
  }

  /** A copy naming the versions compared (in a history check: from-version, to-version). */
  public Finding withVersions(@Nullable String from, @Nullable String to) {
    return new Finding(
        ruleId, principle, severity, item, field, oldValue, newValue, params, accepted, location,
        from, to, messages);
  }

  /**
   * A copy whose message is rendered from {@code bundle} first (a rule's own messages, see {@link
   * CatalogRule#messages()}), then from gkml's bundles.
   */
  public Finding withMessages(@Nullable MessageBundle bundle) {
    return new Finding(
        ruleId,
        principle,
        severity,
        item,
        field,
        oldValue,
        newValue,
        params,
        accepted,
        location,
        fromVersion,
        toVersion,
        bundle);
  }

  /** Builds a {@link Finding}; not thread-safe. */
  public static final class Builder {
    private final RuleId ruleId;
    private final Severity severity;
    private @Nullable Principle principle;
    private @Nullable ItemPath item;
    private @Nullable String field;
    private @Nullable String oldValue;
    private @Nullable String newValue;
    private final Map<String, String> params = new LinkedHashMap<>();
    private @Nullable SourceLocation location;
    private @Nullable MessageBundle messages;

    private Builder(RuleId ruleId, Severity severity) {
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
      this.severity = Objects.requireNonNull(severity, "severity");
    }

    /** The principle the rule enforces. */
    public Builder principle(@Nullable Principle value) {
      principle = value;
      return this;
    }

    /** The item concerned. */
    public Builder item(@Nullable ItemPath value) {
      item = value;
      return this;
    }

    /** The element concerned, e.g. {@code deadline}; also the message parameter {@code field}. */
    public Builder field(@Nullable String value) {
      field = value;
      if (value != null) {
        params.put("field", value);
      }
      return this;
    }

    /** The value before; also the message parameter {@code old}. */
    public Builder oldValue(@Nullable String value) {
      oldValue = value;
      if (value != null) {
        params.put("old", value);
      }
      return this;
    }

    /** The value after or found; also the message parameter {@code new}. */
    public Builder newValue(@Nullable String value) {
      newValue = value;
      if (value != null) {
        params.put("new", value);
      }
      return this;
    }

    /** One more message parameter. */
    public Builder param(String name, String value) {
      params.put(name, value);
      return this;
    }

    /** Where the input came from. */
    public Builder location(@Nullable SourceLocation value) {
      location = value;
      return this;
    }

    /**
     * The bundle the message is rendered from before gkml's own; {@link RuleContext#report} sets
     * the reporting rule's {@linkplain CatalogRule#messages() bundle} when none is given.
     */
    public Builder messages(@Nullable MessageBundle value) {
      messages = value;
      return this;
    }

    /** The finding. */
    public Finding build() {
      return new Finding(
          ruleId, principle, severity, item, field, oldValue, newValue, params, null, location,
          null, null, messages);
    }
  }
}
