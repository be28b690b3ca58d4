package io.github.gkml.cli.internal;

import io.github.gkml.validation.Severity;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code --fail-on}: the least severe finding that makes the command exit with 1. */
public enum FailOn {
  /** Fail on errors (the default). */
  ERROR(Severity.ERROR),
  /** Fail on warnings and errors. */
  WARNING(Severity.WARNING),
  /** Never fail because of findings. */
  NEVER(null);

  private final @Nullable Severity threshold;

  FailOn(@Nullable Severity threshold) {
    this.threshold = threshold;
  }

  /** The threshold, or empty for never. */
  public Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }
}
