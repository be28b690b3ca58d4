package io.github.gkml.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 目录信息 — what a catalog says about itself: its domain, title, issuing body, region, level, version
 * and effective date, and the upper-level catalog it refines.
 *
 * @param domain 试点领域
 * @param title 目录名称, e.g. 某县社会救助领域基层政务公开标准目录
 * @param issuer 发布机关, or {@code null}
 * @param region 行政区划, or {@code null}
 * @param level the catalog's own administrative level (县级 for a county catalog), or {@code null}
 * @param version 版本 label, e.g. {@code 2023}, or {@code null}
 * @param effectiveDate 施行日期, or {@code null}
 * @param refines the upper-level catalog it refines, or {@code null}
 * @since 0.1
 */
public record CatalogMetadata(
    PilotDomain domain,
    String title,
    @Nullable String issuer,
    @Nullable Region region,
    @Nullable AdminLevel level,
    @Nullable String version,
    @Nullable LocalDate effectiveDate,
    @Nullable CatalogReference refines) {

  /**
   * Validates the metadata.
   *
   * @throws IllegalArgumentException if the title is blank
   */
  public CatalogMetadata {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a catalog needs a title");
    }
  }

  /** Metadata with a domain and title only. */
  public static CatalogMetadata of(PilotDomain domain, String title) {
    return new CatalogMetadata(domain, title, null, null, null, null, null, null);
  }

  /** A copy with another version label. */
  public CatalogMetadata withVersion(@Nullable String newVersion) {
    return new CatalogMetadata(
        domain, title, issuer, region, level, newVersion, effectiveDate, refines);
  }

  /** A copy with another issuer. */
  public CatalogMetadata withIssuer(@Nullable String newIssuer) {
    return new CatalogMetadata(
        domain, title, newIssuer, region, level, version, effectiveDate, refines);
  }

  /** A copy with another region. */
  public CatalogMetadata withRegion(@Nullable Region newRegion) {
    return new CatalogMetadata(
        domain, title, issuer, newRegion, level, version, effectiveDate, refines);
  }

  /** A copy with another level. */
  public CatalogMetadata withLevel(@Nullable AdminLevel newLevel) {
    return new CatalogMetadata(
        domain, title, issuer, region, newLevel, version, effectiveDate, refines);
  }

  /** A copy with another effective date. */
  public CatalogMetadata withEffectiveDate(@Nullable LocalDate newDate) {
    return new CatalogMetadata(domain, title, issuer, region, level, version, newDate, refines);
  }

  /** A copy with another refined catalog. */
  public CatalogMetadata withRefines(@Nullable CatalogReference newRefines) {
    return new CatalogMetadata(
        domain, title, issuer, region, level, version, effectiveDate, newRefines);
  }
}
