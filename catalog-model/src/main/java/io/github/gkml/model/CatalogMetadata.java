package io.github.gkml.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 目录信息 — what a catalog says about itself: its domain, title, issuing body, region, level, version
 * and effective date, the upper-level catalog it refines, and free-text notes.
 *
 * @param domain 试点领域
 * @param title 目录名称, e.g. 某县社会救助领域基层政务公开标准目录
 * @param issuer 发布机关, or {@code null}
 * @param region 行政区划, or {@code null}
 * @param level the catalog's own administrative level (县级 for a county catalog), or {@code null}
 * @param version 版本 label, e.g. {@code 2023}, or {@code null}
 * @param effectiveDate 施行日期, or {@code null}
 * @param refines the upper-level catalog it refines, or {@code null}
 * @param notes 说明 — free text about the catalog as a whole, in order (the text below a published
 *     table, a baseline's coverage note and sources); empty when there is none
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
    @Nullable CatalogReference refines,
    List<String> notes) {

  /**
   * Validates the metadata and copies the notes.
   *
   * @throws IllegalArgumentException if the title or a note is blank
   */
  public CatalogMetadata {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a catalog needs a title");
    }
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    if (notes.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("notes: a note must not be blank");
    }
  }

  /** Metadata without notes. */
  public CatalogMetadata(
      PilotDomain domain,
      String title,
      @Nullable String issuer,
      @Nullable Region region,
      @Nullable AdminLevel level,
      @Nullable String version,
      @Nullable LocalDate effectiveDate,
      @Nullable CatalogReference refines) {
    this(domain, title, issuer, region, level, version, effectiveDate, refines, List.of());
  }

  /** Metadata with a domain and title only. */
  public static CatalogMetadata of(PilotDomain domain, String title) {
    return new CatalogMetadata(domain, title, null, null, null, null, null, null);
  }

  /** A copy with another version label. */
  public CatalogMetadata withVersion(@Nullable String newVersion) {
    return new CatalogMetadata(
        domain, title, issuer, region, level, newVersion, effectiveDate, refines, notes);
  }

  /** A copy with another issuer. */
  public CatalogMetadata withIssuer(@Nullable String newIssuer) {
    return new CatalogMetadata(
        domain, title, newIssuer, region, level, version, effectiveDate, refines, notes);
  }

  /** A copy with another region. */
  public CatalogMetadata withRegion(@Nullable Region newRegion) {
    return new CatalogMetadata(
        domain, title, issuer, newRegion, level, version, effectiveDate, refines, notes);
  }

  /** A copy with another level. */
  public CatalogMetadata withLevel(@Nullable AdminLevel newLevel) {
    return new CatalogMetadata(
        domain, title, issuer, region, newLevel, version, effectiveDate, refines, notes);
  }

  /** A copy with another effective date. */
  public CatalogMetadata withEffectiveDate(@Nullable LocalDate newDate) {
    return new CatalogMetadata(
        domain, title, issuer, region, level, version, newDate, refines, notes);
  }

  /** A copy with another refined catalog. */
  public CatalogMetadata withRefines(@Nullable CatalogReference newRefines) {
    return new CatalogMetadata(
        domain, title, issuer, region, level, version, effectiveDate, newRefines, notes);
  }

  /** A copy with other notes. */
  public CatalogMetadata withNotes(List<String> newNotes) {
    return new CatalogMetadata(
        domain, title, issuer, region, level, version, effectiveDate, refines, newNotes);
  }
}
