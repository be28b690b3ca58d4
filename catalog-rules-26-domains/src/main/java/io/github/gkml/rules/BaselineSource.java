package io.github.gkml.rules;

import java.util.Objects;

/**
 * 来源 — one published catalog (or guideline report) a baseline was read from.
 *
 * <p>A baseline lists its sources in its notes, one line each: {@code S1 <url> <locality>}.
 *
 * @param id the source's id in its dossier, e.g. {@code S1} for a catalog, {@code G1} for a report
 *     on the guideline
 * @param url where it was read
 * @param locality 地区 — the county, township or body it belongs to, with how that was established;
 *     empty when not known
 * @since 0.1
 */
public record BaselineSource(String id, String url, String locality) {

  /**
   * Validates.
   *
   * @throws IllegalArgumentException if the id or the url is blank
   */
  public BaselineSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(locality, "locality");
    if (id.isBlank() || url.isBlank()) {
      throw new IllegalArgumentException("a source needs an id and a url");
    }
  }

  /** The note line that records this source: {@code id url locality}. */
  public String toNote() {
    return locality.isEmpty() ? id + " " + url : id + " " + url + " " + locality;
  }
}
