package io.github.gkml.validation;

import java.util.List;

/**
 * 汇总 — how many findings of each severity a check gave, and how many of them are accepted.
 *
 * @param errors findings of severity ERROR
 * @param warnings findings of severity WARNING
 * @param infos findings of severity INFO
 * @param accepted findings covered by an acceptance (counted in their severity too)
 * @since 0.1
 */
public record Summary(int errors, int warnings, int infos, int accepted) {

  /** Counts the findings. */
  public static Summary of(List<Finding> findings) {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int accepted = 0;
    for (Finding finding : findings) {
      switch (finding.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case INFO -> infos++;
      }
      if (finding.isAccepted()) {
        accepted++;
      }
    }
    return new Summary(errors, warnings, infos, accepted);
  }

  /** All findings. */
  public int total() {
    return errors + warnings + infos;
  }

  /**
   * Whether any finding at or above {@code threshold} is not accepted: a check with such a finding
   * fails.
   */
  public static boolean fails(List<Finding> findings, Severity threshold) {
    return findings.stream().anyMatch(f -> !f.isAccepted() && f.severity().isAtLeast(threshold));
  }
}
