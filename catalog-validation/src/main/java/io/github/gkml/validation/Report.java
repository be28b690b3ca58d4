package io.github.gkml.validation;

import io.github.gkml.model.LoadedCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 检查报告 — what every report format renders: what was checked, the two versions when it is a
 * comparison, the findings in {@link Finding#ORDER}, and the severity from which an open finding
 * fails the check.
 *
 * <p>Stale acceptances are ordinary findings (rule id {@code ACCEPTANCE_STALE}); accepted findings
 * stay in the list, marked {@linkplain Finding#isAccepted() accepted}. Immutable and thread-safe.
 *
 * @param subject what was checked, e.g. the file name, or {@code OLD → NEW}
 * @param oldSource the old version in a comparison, or {@code null} for a single catalog
 * @param newSource the new version in a comparison, or {@code null} for a single catalog
 * @param findings the findings, sorted by {@link Finding#ORDER}
 * @param failOn the least severity at which an open (not accepted) finding fails the check, or
 *     {@code null} if nothing fails it ({@code --fail-on never})
 * @since 0.1
 */
public record Report(
    String subject,
    @Nullable Source oldSource,
    @Nullable Source newSource,
    List<Finding> findings,
    @Nullable Severity failOn) {

  /**
   * Validates, copies and sorts the findings.
   *
   * @throws IllegalArgumentException if only one of {@code oldSource} and {@code newSource} is
   *     given
   */
  public Report {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(findings, "findings");
    if ((oldSource == null) != (newSource == null)) {
      throw new IllegalArgumentException("oldSource and newSource are both given or both absent");
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    findings = List.copyOf(sorted);
  }

  /** The report on one catalog (or any one subject); failing from {@link Severity#ERROR}. */
  public static Report of(String subject, List<Finding> findings) {
    return new Report(subject, null, null, findings, Severity.ERROR);
  }

  /**
   * The report on a comparison of two versions, titled {@code OLD → NEW}; failing from {@link
   * Severity#ERROR}.
   */
  public static Report comparison(Source oldSource, Source newSource, List<Finding> findings) {
    String subject = oldSource.label() + " → " + newSource.label();
    return new Report(subject, oldSource, newSource, findings, Severity.ERROR);
  }

  /** A copy failing from {@code threshold}, or never if it is {@code null}. */
  public Report withFailOn(@Nullable Severity threshold) {
    return new Report(subject, oldSource, newSource, findings, threshold);
  }

  /** Whether the report compares two versions. */
  public boolean isComparison() {
    return oldSource != null;
  }

  /** The counts by severity. */
  public Summary summary() {
    return Summary.of(findings);
  }

  /** Whether an open finding at or above {@link #failOn()} fails the check. */
  public boolean fails() {
    return failOn != null && Summary.fails(findings, failOn);
  }

  /**
   * 比较的版本 — one side of a comparison: where it was read from and its version label.
   *
   * @param name the file name or title
   * @param version the catalog's version label, e.g. {@code 2023}, or {@code null}
   * @since 0.1
   */
  public record Source(String name, @Nullable String version) {

    /** Validates. */
    public Source {
      Objects.requireNonNull(name, "name");
    }

    /** A source with its version label, which may be {@code null}. */
    public static Source of(String name, @Nullable String version) {
      return new Source(name, version);
    }

    /** The file a catalog was read from, with the catalog's version label. */
    public static Source of(LoadedCatalog loaded) {
      return new Source(loaded.source(), loaded.catalog().metadata().version());
    }

    /** {@code name (version)}, or the name alone. */
    public String label() {
      return version == null ? name : name + " (" + version + ")";
    }
  }
}
