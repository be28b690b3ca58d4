package io.github.gkml.reliability;

/**
 * How long fuzz tests run in fuzzing mode ({@code JAZZER_FUZZ=1}); in regression mode, every other
 * test run, only the seeds and the recorded findings run, each once.
 */
final class FuzzRuns {

  /**
   * The short run of {@link EveryTargetFuzzTest} in {@code mvn verify}: about two seconds for each
   * of the ten targets, in one JVM.
   */
  static final String SHORT = "20s";

  /**
   * A run of one target by hand, {@code JAZZER_FUZZ=1 mvn … -Dtest=…}; {@code scripts/fuzz-long.sh}
   * gives its own duration.
   */
  static final String LONG = "10m";

  private FuzzRuns() {}
}
