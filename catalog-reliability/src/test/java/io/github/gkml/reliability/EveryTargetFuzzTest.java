package io.github.gkml.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every fuzz target in one: the input's first byte chooses the target ({@link
 * FuzzTarget#runSelected}). Jazzer fuzzes one test per JVM, and a JVM costs seconds to start, so
 * {@code mvn verify} fuzzes this one test for {@link FuzzRuns#SHORT} rather than starting ten. Its
 * seeds are the other targets' seeds with their selecting byte ({@link FuzzSeeds}).
 */
class EveryTargetFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.SHORT)
  void every_parser_and_reader_fails_only_with_its_documented_exception(byte[] input) {
    FuzzTarget.runSelected(input);
  }
}
