package io.github.gkml.assertj;

import io.github.gkml.diff.CatalogDiff;
import io.github.gkml.model.Catalog;
import io.github.gkml.validation.PublicationResult;
import io.github.gkml.validation.Report;

/**
 * 断言入口 — the entry points of the gkml assertions; import them statically next to AssertJ's:
 *
 * <pre>{@code
 * import static io.github.gkml.assertj.CatalogAssertions.assertThat;
 *
 * assertThat(catalog2024).isValid().satisfiesThePrinciplesAgainst(catalog2023);
 * }</pre>
 *
 * @since 0.1
 */
public final class CatalogAssertions {

  private CatalogAssertions() {}

  /** Assertions on a catalog. */
  public static CatalogAssert assertThat(Catalog actual) {
    return new CatalogAssert(actual);
  }

  /** Assertions on a report. */
  public static ReportAssert assertThat(Report actual) {
    return new ReportAssert(actual);
  }

  /** Assertions on a diff. */
  public static DiffAssert assertThat(CatalogDiff actual) {
    return new DiffAssert(actual);
  }

  /** Assertions on a publication record checked against the catalog. */
  public static PublicationAssert assertThat(PublicationResult actual) {
    return new PublicationAssert(actual);
  }
}
