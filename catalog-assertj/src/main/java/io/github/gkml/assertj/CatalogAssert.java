package io.github.gkml.assertj;

import io.github.gkml.assertj.internal.FailureMessages;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.ItemPath;
import io.github.gkml.rules.Baseline;
import io.github.gkml.rules.Conformance;
import io.github.gkml.rules.NationalBaselines;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RevisionCheck;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/**
 * 目录断言 — assertions on a {@link Catalog}: that it is valid, that it has (or lacks) a finding, that
 * a revision follows the three principles against the previous version, that it conforms to its
 * domain's baseline (对标).
 *
 * <pre>{@code
 * assertThat(catalog2024).isValid().satisfiesThePrinciplesAgainst(catalog2023);   // passes
 * assertThat(catalogMissingAChannel).satisfiesThePrinciplesAgainst(catalog2023);  // fails, listing
 * //   [ERROR] CHANNEL_REMOVED 特困人员救助供养 / 政策法规文件 (公开查阅点 → —): 减少了公开渠道…
 * }</pre>
 *
 * @since 0.1
 */
public class CatalogAssert extends AbstractAssert<CatalogAssert, Catalog> {

  private CatalogValidator validator = CatalogValidator.defaults();
  private RevisionCheck revisions = RevisionCheck.defaults();
  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  /** Assertions on {@code actual}; use {@link CatalogAssertions#assertThat(Catalog)}. */
  public CatalogAssert(Catalog actual) {
    super(actual, CatalogAssert.class);
  }

  /** Failure messages in this language: Chinese (the default) or English. */
  public CatalogAssert inLanguage(Locale language) {
    this.locale = language;
    return myself;
  }

  /** Validates with this validator instead of {@link CatalogValidator#defaults()}. */
  public CatalogAssert usingValidator(CatalogValidator catalogValidator) {
    this.validator = catalogValidator;
    return myself;
  }

  /** Checks revisions with this check instead of {@link RevisionCheck#defaults()}. */
  public CatalogAssert usingRevisionCheck(RevisionCheck check) {
    this.revisions = check;
    return myself;
  }

  /**
   * Verifies that validating the catalog finds no error.
   *
   * <p>Passes for a catalog whose every item gives its required elements; fails for one with a
   * blank 公开时限, listing {@code [ERROR] ELEMENT_MISSING …}.
   */
  public CatalogAssert isValid() {
    return hasNoFindingsAtOrAbove(Severity.ERROR, "catalog.invalid");
  }

  /**
   * Verifies that validating the catalog finds nothing at or above {@code severity}.
   *
   * <p>{@code hasNoFindingsAtOrAbove(WARNING)} fails for a catalog with a channel the vocabulary
   * does not know (CHANNEL_UNKNOWN is a warning).
   */
  public CatalogAssert hasNoFindingsAtOrAbove(Severity severity) {
    return hasNoFindingsAtOrAbove(severity, "catalog.findingsAtOrAbove");
  }

  /**
   * Verifies that validating the catalog gives a finding of {@code rule} on {@code item}.
   *
   * <p>Passes for {@code hasFinding(ELEMENT_MISSING, ItemPath.of("最低生活保障", "审批信息"))} when that
   * row's subject is blank; fails, listing every finding, when it is not.
   */
  public CatalogAssert hasFinding(RuleId rule, ItemPath item) {
    isNotNull();
    List<Finding> findings = validator.validate(actual);
    if (findings.stream().noneMatch(f -> rule.equals(f.ruleId()) && item.matches(pathOf(f)))) {
      fail("catalog.noSuchFinding", Map.of("rule", rule.id(), "item", item.toString()), findings);
    }
    return myself;
  }

  /**
   * Verifies that the catalog has an item whose path matches {@code item} (spelling aside).
   *
   * <p>Passes for {@code hasItem(ItemPath.of("临时救助", "办事指南"))} on the 社会救助 catalog.
   */
  public CatalogAssert hasItem(ItemPath item) {
    isNotNull();
    if (actual.item(item).isEmpty()) {
      fail("catalog.noSuchItem", Map.of("item", item.toString()), List.of());
    }
    return myself;
  }

  /**
   * Verifies that the catalog, as a revision of {@code previous}, follows 公开事项只增不减、
   * 公开方式只多不少、公开时限只紧不松: the revision check gives no error that is not accepted.
   *
   * <p>Passes when the revision only adds items, channels and tightens deadlines; fails when it
   * drops a content element, listing {@code [ERROR] CONTENT_ELEMENT_REMOVED …}.
   */
  public CatalogAssert satisfiesThePrinciplesAgainst(Catalog previous) {
    isNotNull();
    List<Finding> errors =
        revisions.check(previous, actual).stream()
            .filter(f -> f.severity() == Severity.ERROR && !f.isAccepted())
            .toList();
    if (!errors.isEmpty()) {
      fail(
          "catalog.principles",
          Map.of("previous", previous.metadata().title(), "count", Integer.toString(errors.size())),
          errors);
    }
    return myself;
  }

  /**
   * Verifies that the catalog conforms to {@code baseline} (对标检查) at the catalog's own level
   * ({@link Conformance#levelOf}): every baseline item that applies there has a counterpart that
   * refines it, or is declared not applicable; no error is open.
   *
   * <p>Passes for a county 社会救助 catalog checked against a baseline whose every item it carries with
   * the same or more channels; fails when a baseline item is missing, listing {@code [ERROR]
   * BASELINE_ITEM_MISSING …}, or when a counterpart gives a looser deadline.
   */
  public CatalogAssert conformsTo(Baseline baseline) {
    isNotNull();
    List<Finding> errors =
        Conformance.defaults()
            .withRevisionCheck(revisions)
            .conform(actual, baseline, Conformance.levelOf(actual))
            .stream()
            .filter(f -> f.severity() == Severity.ERROR && !f.isAccepted())
            .toList();
    if (!errors.isEmpty()) {
      fail(
          "catalog.conformance",
          Map.of(
              "baseline",
              baseline.catalog().metadata().title(),
              "count",
              Integer.toString(errors.size())),
          errors);
    }
    return myself;
  }

  /**
   * Verifies that the catalog conforms to the national baseline of its domain (全国标准指引), bundled in
   * {@code catalog-rules-26-domains}: {@link #conformsTo(Baseline)} with {@link
   * NationalBaselines#of} the catalog's domain.
   *
   * <p>Fails for a county 社会救助 catalog that carries only 临时救助, listing each missing item of the
   * national baseline.
   */
  public CatalogAssert conformsToTheNationalBaseline() {
    isNotNull();
    return conformsTo(NationalBaselines.of(actual.domain()));
  }

  private CatalogAssert hasNoFindingsAtOrAbove(Severity severity, String key) {
    isNotNull();
    List<Finding> found =
        validator.validate(actual).stream().filter(f -> f.severity().isAtLeast(severity)).toList();
    if (!found.isEmpty()) {
      fail(
          key, Map.of("severity", severity.name(), "count", Integer.toString(found.size())), found);
    }
    return myself;
  }

  private void fail(String key, Map<String, String> params, List<Finding> findings) {
    Map<String, String> all = new java.util.HashMap<>(params);
    all.put("title", actual.metadata().title());
    failWithMessage("%s", FailureMessages.message(key, locale, all, findings));
  }

  private static ItemPath pathOf(Finding finding) {
    ItemPath item = finding.item();
    return item == null ? ItemPath.of("—") : item;
  }
}
