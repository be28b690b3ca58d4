package io.github.gkml.validation.internal;

import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Fingerprint;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The findings a baseline entry is written for: those of one fingerprint, with the range of
 * versions that covers them all — the earliest from-version and the latest to-version, open on a
 * side where any of them names no version.
 *
 * @param fingerprint the findings' fingerprint
 * @param findings the findings, in {@link Finding#ORDER}
 * @param fromVersion the earliest from-version, or {@code null} for open
 * @param toVersion the latest to-version, or {@code null} for open
 */
record BaselineGroup(
    Fingerprint fingerprint,
    List<Finding> findings,
    @Nullable String fromVersion,
    @Nullable String toVersion) {

  BaselineGroup {
    findings = List.copyOf(findings);
  }

  /**
   * The groups for the findings that are not accepted, at or above {@code threshold}, and not
   * ACCEPTANCE_STALE, in the order of each group's first finding.
   */
  static List<BaselineGroup> of(List<Finding> findings, Severity threshold) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    Map<Fingerprint, List<Finding>> byFingerprint = new LinkedHashMap<>();
    for (Finding finding : sorted) {
      if (!finding.isAccepted()
          && finding.severity().isAtLeast(threshold)
          && !finding.ruleId().equals(RuleId.ACCEPTANCE_STALE)) {
        byFingerprint.computeIfAbsent(Fingerprint.of(finding), k -> new ArrayList<>()).add(finding);
      }
    }
    List<BaselineGroup> groups = new ArrayList<>(byFingerprint.size());
    byFingerprint.forEach((fingerprint, members) -> groups.add(group(fingerprint, members)));
    return groups;
  }

  private static BaselineGroup group(Fingerprint fingerprint, List<Finding> members) {
    String from = null;
    String to = null;
    boolean openFrom = false;
    boolean openTo = false;
    for (Finding finding : members) {
      String f = blankToNull(finding.fromVersion());
      String t = blankToNull(finding.toVersion());
      openFrom |= f == null;
      openTo |= t == null;
      if (f != null && (from == null || VersionOrder.INSTANCE.compare(f, from) < 0)) {
        from = f;
      }
      if (t != null && (to == null || VersionOrder.INSTANCE.compare(t, to) > 0)) {
        to = t;
      }
    }
    if (openFrom) {
      from = null;
    }
    if (openTo) {
      to = null;
    }
    if (from != null && to != null && VersionOrder.INSTANCE.compare(from, to) > 0) {
      // A comparison written backwards (new before old): the range still covers it.
      String swap = from;
      from = to;
      to = swap;
    }
    return new BaselineGroup(fingerprint, members, from, to);
  }

  /** The key that a second entry with the same fingerprint and range would repeat. */
  String key() {
    return key(fingerprint, fromVersion, toVersion);
  }

  static String key(Fingerprint fingerprint, @Nullable String from, @Nullable String to) {
    return fingerprint + "\n" + from + "\n" + to;
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
