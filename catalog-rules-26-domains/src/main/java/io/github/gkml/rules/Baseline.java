package io.github.gkml.rules;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.Item;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.rules.internal.BaselineNotes;
import io.github.gkml.rules.internal.Levels;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.RuleSet;
import io.github.gkml.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 基线 — the catalog a local catalog of one domain is expected to cover: the national baseline of
 * {@link NationalBaselines}, or a province's or city's own catalog ({@link #load}).
 *
 * <p>Immutable and thread-safe. A baseline holds what its sources let be read and no more: an item
 * element the sources did not show is absent (and {@code CatalogValidator} reports it as
 * ELEMENT_MISSING), and the coverage note says what is missing.
 *
 * @param catalog the baseline catalog; its notes carry the coverage note and the sources
 * @param coverage 覆盖说明 — what the baseline lacks and why, or {@code null} when the catalog does not
 *     say (a user's own catalog usually does not)
 * @param sources 来源 — where the baseline was read from, in order; empty when not known
 * @since 0.1
 */
public record Baseline(Catalog catalog, @Nullable String coverage, List<BaselineSource> sources) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if the coverage note is blank
   */
  public Baseline {
    Objects.requireNonNull(catalog, "catalog");
    sources = List.copyOf(sources);
    if (coverage != null && coverage.isBlank()) {
      throw new IllegalArgumentException("coverage: blank; give null when there is none");
    }
  }

  /**
   * The baseline a catalog describes: its coverage note is the note that starts with {@code 覆盖说明:},
   * its sources the notes of the form {@code S1 <url> <locality>}; a catalog without such notes is
   * a baseline without them.
   */
  public static Baseline from(Catalog catalog) {
    List<String> notes = catalog.metadata().notes();
    return new Baseline(
        catalog, BaselineNotes.coverage(notes).orElse(null), BaselineNotes.sources(notes));
  }

  /**
   * Reads a catalog file (JSON or YAML, {@code docs/format.md}) to use as the baseline — a
   * province's or city's catalog, or a national baseline a user has revised.
   *
   * @throws CatalogFormatException if the file is not a valid catalog
   */
  public static Baseline load(Path file) throws CatalogFormatException {
    return load(file, CatalogFormat.defaults());
  }

  /**
   * Reads a catalog file with a configured format (limits, channel vocabulary).
   *
   * @throws CatalogFormatException if the file is not a valid catalog
   */
  public static Baseline load(Path file, CatalogFormat format) throws CatalogFormatException {
    return from(format.read(file));
  }

  /**
   * 基线检查规则 — the rule set to validate a reference baseline with: {@link RuleSet#defaults()}, except
   * that a blank required element (ELEMENT_MISSING) is a WARNING. A baseline's blank means "not
   * readable in the published tables it was read from", not "left blank by a county": it is
   * reported, never hidden, but it is not an error of the baseline. Every other rule keeps its
   * severity, so a published row that breaks a statute is still an ERROR. Apply it with {@code
   * CatalogValidator.defaults().withRuleSet(Baseline.ruleSet())}; see {@code docs/baselines.md}.
   */
  public static RuleSet ruleSet() {
    return RuleSet.defaults().withSeverity(RuleId.ELEMENT_MISSING, Severity.WARNING);
  }

  /** 试点领域 — the baseline catalog's domain. */
  public PilotDomain domain() {
    return catalog.domain();
  }

  /** The number of items in the baseline. */
  public int itemCount() {
    return catalog.items().size();
  }

  /**
   * The items a catalog of this administrative level is expected to contain, in order: those
   * published at that level or below it (a county catalog holds its 县级, 乡级 and 村级 items; a township
   * catalog its 乡级 and 村级 ones), and those whose 公开层级 the sources did not show, which apply at
   * every level ({@link #withoutLevels()}). The township items are therefore always a subset of the
   * county items.
   */
  public List<Item> forLevel(AdminLevel level) {
    Objects.requireNonNull(level, "level");
    return catalog.items().stream().filter(item -> Levels.appliesAt(item, level)).toList();
  }

  /**
   * The items whose 公开层级 the sources did not show, in order: they are expected of a county and of a
   * township catalog alike, since nothing read says otherwise.
   */
  public List<Item> withoutLevels() {
    return catalog.items().stream().filter(item -> item.levels().isEmpty()).toList();
  }
}
