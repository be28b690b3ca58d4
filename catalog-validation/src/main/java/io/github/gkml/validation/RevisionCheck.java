package io.github.gkml.validation;

import io.github.gkml.diff.CatalogDiff;
import io.github.gkml.diff.CatalogDiffer;
import io.github.gkml.diff.Change;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.DeadlineOrder;
import io.github.gkml.model.Item;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.model.RetiredItem;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.model.StrictnessPolicy;
import io.github.gkml.model.WorkingCalendar;
import io.github.gkml.validation.internal.FindingSort;
import io.github.gkml.validation.internal.RevisionRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * 修订检查 — checks that a revision of a catalog follows 公开事项只增不减、公开方式只多不少、公开时限只紧不松 (DESIGN §2), item
 * by item over the {@linkplain CatalogDiffer semantic diff}, and over a whole history of versions
 * transitively.
 *
 * <p>Rules: ITEM_REMOVED (unless the new version records the item as retired: ITEM_RETIRED),
 * CONTENT_ELEMENT_REMOVED, RETIRED_PATH_REUSED (只增不减); CHANNEL_REMOVED — judged through the channel
 * taxonomy, so 两微一端 → 政务微信 loses channels and the reverse does not — MODE_NARROWED,
 * AUDIENCE_NARROWED, LEVEL_REMOVED (只多不少); DEADLINE_LOOSENED, DEADLINE_REMOVED,
 * DISPLAY_PERIOD_SHORTENED (只紧不松), with DEADLINE_INDETERMINATE as a warning naming the reason
 * whenever strictness cannot be decided; ITEM_RENAMED as a warning; and for information ITEM_ADDED,
 * CONTENT_ELEMENT_ADDED, CHANNEL_ADDED, DEADLINE_TIGHTENED, DISPLAY_PERIOD_LENGTHENED,
 * BASIS_CHANGED, SUBJECT_CHANGED. Every finding names the versions compared.
 *
 * <p>Immutable and thread-safe; strictness comparisons are cached per instance, so reuse one.
 *
 * @since 0.1
 */
public final class RevisionCheck {

  private static final RevisionCheck DEFAULTS =
      new RevisionCheck(
          WorkingCalendar.china(),
          StrictnessPolicy.defaults(),
          ChannelVocabulary.standard(),
          CatalogDiffer.defaults());

  private final WorkingCalendar calendar;
  private final StrictnessPolicy policy;
  private final ChannelVocabulary channels;
  private final CatalogDiffer differ;
  private final RevisionRules rules;

  private RevisionCheck(
      WorkingCalendar calendar,
      StrictnessPolicy policy,
      ChannelVocabulary channels,
      CatalogDiffer differ) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.channels = Objects.requireNonNull(channels, "channels");
    this.differ = Objects.requireNonNull(differ, "differ");
    this.rules = new RevisionRules(DeadlineOrder.of(calendar, policy), channels);
  }

  /** The check on the national working-day calendar with the default policy and vocabulary. */
  public static RevisionCheck defaults() {
    return DEFAULTS;
  }

  /** A copy comparing deadlines on another working-day calendar. */
  public RevisionCheck withCalendar(WorkingCalendar newCalendar) {
    return new RevisionCheck(newCalendar, policy, channels, differ);
  }

  /** A copy with another strictness policy (e.g. treating two triggers as the same). */
  public RevisionCheck withPolicy(StrictnessPolicy newPolicy) {
    return new RevisionCheck(calendar, newPolicy, channels, differ);
  }

  /** A copy judging channel losses in another vocabulary. */
  public RevisionCheck withChannels(ChannelVocabulary vocabulary) {
    return new RevisionCheck(calendar, policy, vocabulary, differ);
  }

  /** A copy matching items with another differ (e.g. another rename threshold). */
  public RevisionCheck withDiffer(CatalogDiffer newDiffer) {
    return new RevisionCheck(calendar, policy, channels, newDiffer);
  }

  /** Checks a revision; findings carry the items' own source locations, if any. */
  public List<Finding> check(Catalog older, Catalog newer) {
    return check(Version.of(older, "old"), Version.of(newer, "new"));
  }

  /** Checks a revision read from files; findings name the line of each item. */
  public List<Finding> check(LoadedCatalog older, LoadedCatalog newer) {
    return check(Version.of(older), Version.of(newer));
  }

  private List<Finding> check(Version older, Version newer) {
    List<Finding> findings = new ArrayList<>();
    pair(older, newer, Severity.INFO, findings);
    FindingSort.sort(findings);
    return List.copyOf(findings);
  }

  /**
   * Checks an ordered history of versions transitively: each version against every earlier one, in
   * the order given (never file order). Every finding between neighbouring versions is reported;
   * between versions further apart only warnings and errors (what the neighbours did not already
   * say as information), so that a removal in v2 re-added in v3 is still reported for v1 → v2, and
   * a loss that crept in over several versions is reported against the version it breaks.
   */
  public List<Finding> history(List<LoadedCatalog> versions) {
    return historyOfVersions(versions.stream().map(Version::of).toList());
  }

  /** {@link #history(List)} of catalogs held in memory, labelled by version or position. */
  public List<Finding> historyOf(List<Catalog> versions) {
    List<Version> labelled = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      labelled.add(Version.of(versions.get(i), "#" + (i + 1)));
    }
    return historyOfVersions(labelled);
  }

  private List<Finding> historyOfVersions(List<Version> versions) {
    List<Finding> findings = new ArrayList<>();
    for (int j = 1; j < versions.size(); j++) {
      for (int i = 0; i < j; i++) {
        pair(
            versions.get(i),
            versions.get(j),
            i == j - 1 ? Severity.INFO : Severity.WARNING,
            findings);
      }
    }
    FindingSort.sort(findings);
    return List.copyOf(findings);
  }

  private void pair(Version older, Version newer, Severity threshold, List<Finding> findings) {
    CatalogDiff diff = differ.diff(older.catalog(), newer.catalog());
    Map<String, RetiredItem> retired = retired(older.catalog(), newer.catalog());
    String from = older.label();
    String to = newer.label();
    for (Change change : diff.changes()) {
      Item before = older.item(change.oldIndex());
      Item after = newer.item(change.newIndex());
      SourceLocation location =
          change.newIndex() >= 0
              ? newer.locate().apply(change.newIndex())
              : older.locate().apply(change.oldIndex());
      rules.judge(
          change,
          before,
          after,
          retired,
          f -> {
            Finding finding =
                f.item(change.path()).location(location).build().withVersions(from, to);
            if (finding.severity().isAtLeast(threshold)) {
              findings.add(finding);
            }
          });
    }
  }

  private static Map<String, RetiredItem> retired(Catalog older, Catalog newer) {
    Map<String, RetiredItem> retired = new HashMap<>();
    for (RetiredItem item : older.retired()) {
      retired.put(item.path().key(), item);
    }
    for (RetiredItem item : newer.retired()) {
      retired.put(item.path().key(), item);
    }
    return retired;
  }

  /** One version: the catalog, its label, and where each of its items came from. */
  private record Version(
      Catalog catalog, String label, IntFunction<@Nullable SourceLocation> locate) {

    static Version of(LoadedCatalog loaded) {
      String version = loaded.catalog().metadata().version();
      return new Version(
          loaded.catalog(),
          version != null ? version : loaded.source(),
          i -> loaded.locationOf(i).orElse(null));
    }

    static Version of(Catalog catalog, String fallbackLabel) {
      String version = catalog.metadata().version();
      return new Version(
          catalog, version != null ? version : fallbackLabel, i -> catalog.items().get(i).source());
    }

    @Nullable Item item(int index) {
      return index < 0 ? null : catalog.items().get(index);
    }
  }
}
