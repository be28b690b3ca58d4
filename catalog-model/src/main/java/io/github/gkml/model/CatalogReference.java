package io.github.gkml.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The upper-level catalog a catalog refines: its domain's national 标准指引, or a provincial, city or
 * county catalog.
 *
 * @param title the referenced catalog's title
 * @param issuer its issuing body, if known
 * @param version its version label, if known
 * @param location where to find it (a file path or URL), if known
 * @since 0.1
 */
public record CatalogReference(
    String title, @Nullable String issuer, @Nullable String version, @Nullable String location) {

  /**
   * Validates the reference.
   *
   * @throws IllegalArgumentException if the title is blank
   */
  public CatalogReference {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("the refined catalog's title is blank");
    }
  }

  /** A reference by title only. */
  public static CatalogReference of(String title) {
    return new CatalogReference(title, null, null, null);
  }
}
