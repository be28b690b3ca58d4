package io.github.gkml.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a catalog file ({@code gkml-catalog/1}) as Jackson reads and writes it: text
 * everywhere, as the source tables write it. {@link DocumentMapper} turns it into the model and
 * back. Field names here are the public file format: change them only with a new format version.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "format",
  "domain",
  "title",
  "issuer",
  "region",
  "level",
  "version",
  "effectiveDate",
  "refines",
  "items",
  "notApplicable",
  "retired",
  "notes"
})
public record CatalogDocument(
    @Nullable String format,
    @Nullable String domain,
    @Nullable String title,
    @Nullable String issuer,
    @Nullable RegionDocument region,
    @Nullable String level,
    @Nullable String version,
    @Nullable String effectiveDate,
    @Nullable ReferenceDocument refines,
    @Nullable List<ItemDocument> items,
    @Nullable List<NotApplicableDocument> notApplicable,
    @Nullable List<RetiredDocument> retired,
    @Nullable List<String> notes) {

  /** The value of {@code format} this version reads and writes. */
  public static final String FORMAT = "gkml-catalog/1";

  /** {@code region}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"name", "code"})
  public record RegionDocument(@Nullable String name, @Nullable String code) {}

  /** {@code refines}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"title", "issuer", "version", "location"})
  public record ReferenceDocument(
      @Nullable String title,
      @Nullable String issuer,
      @Nullable String version,
      @Nullable String location) {}

  /** One entry of {@code items}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({
    "code",
    "path",
    "content",
    "basis",
    "deadline",
    "displayPeriod",
    "subjects",
    "channels",
    "audience",
    "modes",
    "levels",
    "source",
    "extensions"
  })
  public record ItemDocument(
      @Nullable String code,
      @Nullable List<String> path,
      @Nullable List<String> content,
      @Nullable List<String> basis,
      @Nullable String deadline,
      @Nullable String displayPeriod,
      @Nullable List<String> subjects,
      @Nullable List<String> channels,
      @Nullable List<String> audience,
      @Nullable List<String> modes,
      @Nullable List<String> levels,
      @Nullable SourceDocument source,
      @Nullable Map<String, String> extensions) {}

  /** {@code source} of an item. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"file", "sheet", "row", "column", "pointer"})
  public record SourceDocument(
      @Nullable String file,
      @Nullable String sheet,
      @Nullable Integer row,
      @Nullable Integer column,
      @Nullable String pointer) {}

  /** One entry of {@code notApplicable}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"path", "reason", "basis"})
  public record NotApplicableDocument(
      @Nullable List<String> path, @Nullable String reason, @Nullable String basis) {}

  /** One entry of {@code retired}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"path", "since", "reason", "approvedBy", "replacedBy"})
  public record RetiredDocument(
      @Nullable List<String> path,
      @Nullable String since,
      @Nullable String reason,
      @Nullable String approvedBy,
      @Nullable List<String> replacedBy) {}
}
