package io.github.gkml.rules;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.model.NotApplicable;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Principle;
import io.github.gkml.validation.RevisionCheck;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 对标检查 — checks that a local catalog refines its baseline (the domain's national 标准指引, or a
 * province's or city's catalog): the three principles applied down the hierarchy (DESIGN §2).
 *
 * <p>Every baseline item that applies at the local catalog's level must have a counterpart, matched
 * as in the diff (so a renamed item is recognised and reported as renamed), and each counterpart
 * may only add, widen and tighten — the same rules as for revisions. A missing item is
 * BASELINE_ITEM_MISSING unless the local catalog declares it not applicable with a reason
 * (BASELINE_ITEM_NOT_APPLICABLE, for information). A baseline that leaves an element blank asks
 * nothing of it, and the local catalog's own wording of its basis and subjects is not a finding.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Conformance {

  /** Findings that compare wording the baseline does not prescribe. */
  private static final Set<RuleId> NOT_PRESCRIBED =
      Set.of(RuleId.BASIS_CHANGED, RuleId.SUBJECT_CHANGED);

  private static final Conformance DEFAULTS = new Conformance(RevisionCheck.defaults());

  private final RevisionCheck check;

  private Conformance(RevisionCheck check) {
    this.check = Objects.requireNonNull(check, "check");
  }

  /** Conformance judged with the default revision check. */
  public static Conformance defaults() {
    return DEFAULTS;
  }

  /** A copy judging counterparts with another revision check (calendar, policy, vocabulary). */
  public Conformance withRevisionCheck(RevisionCheck revisionCheck) {
    return new Conformance(revisionCheck);
  }

  /**
   * 对标层级 — the level a catalog is held to by default: {@link AdminLevel#TOWNSHIP} for a township or
   * village catalog, {@link AdminLevel#COUNTY} for any other, or one that names no level (DESIGN
   * §2: 县级 is what 54号 asks of a catalog that does not say).
   */
  public static AdminLevel levelOf(Catalog catalog) {
    AdminLevel own = catalog.metadata().level();
    return own == AdminLevel.TOWNSHIP || own == AdminLevel.VILLAGE
        ? AdminLevel.TOWNSHIP
        : AdminLevel.COUNTY;
  }

  /**
   * Checks {@code local} against {@code baseline} at {@code level}: only the baseline items that
   * apply at that level are required.
   */
  public List<Finding> conform(LoadedCatalog local, Baseline baseline, AdminLevel level) {
    Catalog required = baseline.catalog().withItems(baseline.forLevel(level));
    List<SourceLocation> nowhere = new ArrayList<>();
    for (int i = 0; i < required.items().size(); i++) {
      nowhere.add(new SourceLocation(null, null, 0, 0, null));
    }
    LoadedCatalog base = new LoadedCatalog(required, baselineName(baseline), List.copyOf(nowhere));
    Map<String, NotApplicable> declared = new HashMap<>();
    for (NotApplicable declaration : local.catalog().notApplicable()) {
      declared.put(declaration.path().key(), declaration);
    }
    List<Finding> findings = new ArrayList<>();
    for (Finding finding : check.check(base, local)) {
      Finding judged = judge(finding, declared);
      if (judged != null) {
        findings.add(judged);
      }
    }
    findings.sort(Finding.ORDER);
    return List.copyOf(findings);
  }

  /** {@link #conform(LoadedCatalog, Baseline, AdminLevel)} of a catalog held in memory. */
  public List<Finding> conform(Catalog local, Baseline baseline, AdminLevel level) {
    return conform(LoadedCatalog.of(local, local.metadata().title()), baseline, level);
  }

  private static @Nullable Finding judge(Finding finding, Map<String, NotApplicable> declared) {
    if (NOT_PRESCRIBED.contains(finding.ruleId()) || asksNothing(finding)) {
      return null;
    }
    if (!finding.ruleId().equals(RuleId.ITEM_REMOVED)) {
      return finding.location() != null && finding.location().file() == null
          ? finding.withLocation(null)
          : finding;
    }
    NotApplicable declaration = finding.item() == null ? null : declared.get(finding.item().key());
    Map<String, String> params = new HashMap<>(finding.params());
    if (declaration != null) {
      params.put("reason", declaration.reason());
      return rebuilt(finding, RuleId.BASELINE_ITEM_NOT_APPLICABLE, null, Severity.INFO, params);
    }
    return rebuilt(
        finding, RuleId.BASELINE_ITEM_MISSING, Principle.ITEMS_ONLY_ADDED, Severity.ERROR, params);
  }

  /** A finding about an element the baseline left blank: the baseline prescribes nothing there. */
  private static boolean asksNothing(Finding finding) {
    return finding.severity() == Severity.INFO
        && finding.oldValue() == null
        && finding.field() != null
        && !finding.ruleId().equals(RuleId.CHANNEL_ADDED)
        && !finding.ruleId().equals(RuleId.CONTENT_ELEMENT_ADDED);
  }

  private static Finding rebuilt(
      Finding finding,
      RuleId rule,
      @Nullable Principle principle,
      Severity severity,
      Map<String, String> params) {
    return new Finding(
        rule,
        principle,
        severity,
        finding.item(),
        finding.field(),
        finding.oldValue(),
        finding.newValue(),
        params,
        finding.accepted(),
        null,
        finding.fromVersion(),
        finding.toVersion());
  }

  private static String baselineName(Baseline baseline) {
    String version = baseline.catalog().metadata().version();
    return version != null ? version : baseline.catalog().metadata().title();
  }
}
