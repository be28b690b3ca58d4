package io.github.gkml.validation;

import io.github.gkml.model.ItemPath;
import io.github.gkml.validation.internal.VersionOrder;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 接受条目 — one deliberate exception in an acceptance file: a finding, recognised by its {@link
 * Fingerprint}, that a person has reviewed and accepted, with the reason, the approving document
 * (批准文件), the versions it covers and optionally an expiry date.
 *
 * <p>An acceptance {@linkplain #covers covers} a finding when
 *
 * <ul>
 *   <li>the fingerprints are equal — the rule id, item and field kept here are for people and
 *       messages; the fingerprint alone decides;
 *   <li>the finding's versions lie within {@code [fromVersion, toVersion]}: its from-version is not
 *       before {@code fromVersion} and its to-version not after {@code toVersion}, in the natural
 *       order of version labels (digit runs compare as numbers: {@code 2023 < 2024 < 2024.1 <
 *       2025}). A missing bound is open; a bound that is given does not cover a finding that names
 *       no version on that side;
 *   <li>it has not expired: it is in force up to and including {@code expires}.
 * </ul>
 *
 * <p>Text values are stripped; a blank field, version, or note counts as absent.
 *
 * @param ruleId the rule of the accepted finding
 * @param item the item of the accepted finding, or {@code null} for a catalog-wide finding
 * @param field the field of the accepted finding, or {@code null}
 * @param fingerprint the fingerprint of the accepted finding
 * @param fromVersion the earliest from-version covered, or {@code null} for no lower bound
 * @param toVersion the latest to-version covered, or {@code null} for no upper bound
 * @param justification 接受理由 — why the finding is accepted; required, not blank
 * @param approvedBy 批准文件 — the document that approves it, e.g. 竹民发〔2024〕21号; required, not blank
 * @param expires the last day the acceptance is in force, or {@code null} if it does not expire
 * @param note a remark for people, or {@code null}
 * @since 0.1
 */
public record Acceptance(
    RuleId ruleId,
    @Nullable ItemPath item,
    @Nullable String field,
    Fingerprint fingerprint,
    @Nullable String fromVersion,
    @Nullable String toVersion,
    String justification,
    String approvedBy,
    @Nullable LocalDate expires,
    @Nullable String note) {

  /**
   * Validates and normalises.
   *
   * @throws NullPointerException naming the component if a required one is null
   * @throws IllegalArgumentException if the justification or approving document is blank, or the
   *     from-version comes after the to-version
   */
  public Acceptance {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(fingerprint, "fingerprint");
    justification = required(justification, "justification", "why the finding is accepted");
    approvedBy = required(approvedBy, "approvedBy", "the approving document, e.g. 竹民发〔2024〕21号");
    field = optional(field);
    fromVersion = optional(fromVersion);
    toVersion = optional(toVersion);
    note = optional(note);
    if (fromVersion != null
        && toVersion != null
        && VersionOrder.INSTANCE.compare(fromVersion, toVersion) > 0) {
      throw new IllegalArgumentException(
          "fromVersion " + fromVersion + " comes after toVersion " + toVersion);
    }
  }

  /**
   * An acceptance of exactly this finding: its rule, item, field, fingerprint and versions, no
   * expiry and no note.
   */
  public static Acceptance of(Finding finding, String justification, String approvedBy) {
    return new Acceptance(
        finding.ruleId(),
        finding.item(),
        finding.field(),
        Fingerprint.of(finding),
        finding.fromVersion(),
        finding.toVersion(),
        justification,
        approvedBy,
        null,
        null);
  }

  /** A copy covering the versions from {@code from} to {@code to}; {@code null} is open. */
  public Acceptance withVersions(@Nullable String from, @Nullable String to) {
    return new Acceptance(
        ruleId, item, field, fingerprint, from, to, justification, approvedBy, expires, note);
  }

  /** A copy in force up to and including {@code lastDay}; {@code null} never expires. */
  public Acceptance withExpires(@Nullable LocalDate lastDay) {
    return new Acceptance(
        ruleId,
        item,
        field,
        fingerprint,
        fromVersion,
        toVersion,
        justification,
        approvedBy,
        lastDay,
        note);
  }

  /** A copy with this note. */
  public Acceptance withNote(@Nullable String text) {
    return new Acceptance(
        ruleId,
        item,
        field,
        fingerprint,
        fromVersion,
        toVersion,
        justification,
        approvedBy,
        expires,
        text);
  }

  /** Whether the expiry date has passed on {@code today} (never, without one). */
  public boolean isExpired(LocalDate today) {
    return expires != null && today.isAfter(expires);
  }

  /**
   * Whether a comparison of {@code from} with {@code to} lies within the versions covered. A bound
   * that is given does not cover a version that is absent.
   */
  public boolean coversVersions(@Nullable String from, @Nullable String to) {
    return (fromVersion == null || (from != null && order(fromVersion, from) <= 0))
        && (toVersion == null || (to != null && order(to, toVersion) <= 0));
  }

  /** Whether this acceptance covers the finding on {@code today} (see the type's description). */
  public boolean covers(Finding finding, LocalDate today) {
    return !isExpired(today)
        && coversVersions(finding.fromVersion(), finding.toVersion())
        && fingerprint.equals(Fingerprint.of(finding));
  }

  /**
   * What a covered finding is marked accepted with: the justification and, in parentheses, the
   * approving document, e.g. {@code 公开查阅点已并入县政务服务中心(竹民发〔2024〕21号)}.
   */
  public String reason() {
    return justification + "(" + approvedBy + ")";
  }

  private static int order(String a, String b) {
    return VersionOrder.INSTANCE.compare(a, b);
  }

  private static String required(String value, String name, String expected) {
    Objects.requireNonNull(value, name);
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException(name + " is blank; expected " + expected);
    }
    return stripped;
  }

  private static @Nullable String optional(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
