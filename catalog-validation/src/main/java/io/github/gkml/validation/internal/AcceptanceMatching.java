package io.github.gkml.validation.internal;

import io.github.gkml.model.ItemPath;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Acceptance;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Fingerprint;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Applies acceptances to findings: an index of the acceptances in force by fingerprint, one pass
 * over the findings, then an ACCEPTANCE_STALE warning for each acceptance not in use. Linear in the
 * number of findings and acceptances. Stateless.
 */
public final class AcceptanceMatching {

  /** The message parameter that selects the wording for an expired acceptance. */
  static final String EXPIRED = "expired";

  private AcceptanceMatching() {}

  /** See {@code Acceptances.applyTo}. */
  public static List<Finding> apply(
      List<Acceptance> entries,
      List<Optional<SourceLocation>> locations,
      List<Finding> findings,
      LocalDate today) {
    Map<Fingerprint, List<Integer>> inForce = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Acceptance acceptance = entries.get(i);
      if (!acceptance.isExpired(today)) {
        inForce.computeIfAbsent(acceptance.fingerprint(), k -> new ArrayList<>()).add(i);
      }
    }
    boolean[] used = new boolean[entries.size()];
    List<Finding> out = new ArrayList<>(findings.size() + entries.size());
    for (Finding finding : findings) {
      out.add(
          finding.ruleId().equals(RuleId.ACCEPTANCE_STALE)
              ? finding
              : accept(finding, entries, inForce, used));
    }
    for (int i = 0; i < entries.size(); i++) {
      Acceptance acceptance = entries.get(i);
      if (acceptance.isExpired(today) || !used[i]) {
        out.add(stale(acceptance, locations.get(i).orElse(null), today));
      }
    }
    out.sort(Finding.ORDER);
    return List.copyOf(out);
  }

  private static Finding accept(
      Finding finding,
      List<Acceptance> entries,
      Map<Fingerprint, List<Integer>> inForce,
      boolean[] used) {
    List<Integer> candidates = inForce.get(Fingerprint.of(finding));
    if (candidates == null) {
      return finding;
    }
    Finding result = finding;
    for (int i : candidates) {
      Acceptance acceptance = entries.get(i);
      if (acceptance.coversVersions(finding.fromVersion(), finding.toVersion())) {
        used[i] = true;
        if (!result.isAccepted()) {
          result = result.withAccepted(acceptance.reason());
        }
      }
    }
    return result;
  }

  /** The ACCEPTANCE_STALE warning for an acceptance that covered nothing or has expired. */
  static Finding stale(Acceptance acceptance, @Nullable SourceLocation at, LocalDate today) {
    ItemPath item = acceptance.item();
    Finding.Builder stale =
        Finding.builder(RuleId.ACCEPTANCE_STALE, Severity.WARNING)
            .item(item)
            .field(acceptance.field())
            .param("entry", acceptance.ruleId() + (item == null ? "" : " " + item))
            .param("fingerprint", acceptance.fingerprint().value())
            .location(at);
    LocalDate expires = acceptance.expires();
    if (expires != null && today.isAfter(expires)) {
      stale.param(FindingMessages.VARIANT, EXPIRED).param("expires", expires.toString());
    }
    return stale.build();
  }
}
