package io.github.gkml.assertj;

import io.github.gkml.diff.CatalogDiff;
import io.github.gkml.model.Catalog;
import io.github.gkml.validation.PublicationResult;
import io.github.gkml.validation.Report;
import org.assertj.core.api.SoftAssertions;

/**
 * 软断言 — soft assertions: every failed gkml (and AssertJ) assertion is collected, and {@link
 * #assertAll()} reports them together, so one test lists everything wrong with a county's catalogs.
 *
 * <pre>{@code
 * CatalogSoftAssertions softly = new CatalogSoftAssertions();
 * softly.assertThat(catalog2023).isValid();
 * softly.assertThat(catalog2024).satisfiesThePrinciplesAgainst(catalog2023);
 * softly.assertAll();
 * }</pre>
 *
 * @since 0.1
 */
public class CatalogSoftAssertions extends SoftAssertions {

  /** Soft assertions on a catalog. */
  public CatalogAssert assertThat(Catalog actual) {
    return proxy(CatalogAssert.class, Catalog.class, actual);
  }

  /** Soft assertions on a report. */
  public ReportAssert assertThat(Report actual) {
    return proxy(ReportAssert.class, Report.class, actual);
  }

  /** Soft assertions on a diff. */
  public DiffAssert assertThat(CatalogDiff actual) {
    return proxy(DiffAssert.class, CatalogDiff.class, actual);
  }

  /** Soft assertions on a publication record checked against the catalog. */
  public PublicationAssert assertThat(PublicationResult actual) {
    return proxy(PublicationAssert.class, PublicationResult.class, actual);
  }
}
