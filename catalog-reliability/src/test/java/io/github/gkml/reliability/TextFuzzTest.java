package io.github.gkml.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for the phrase parsers: 公开时限 ({@code Deadline.parse}, with {@code
 * DisplayPeriod.parse} on the same text) and 公开依据 ({@code LegalBasis.parse} and {@code parseAll}).
 * None of them may throw on any text, and none may lose the text it was given ({@link FuzzTarget}).
 */
class TextFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.LONG)
  void deadline_parse_never_throws_and_keeps_the_text(byte[] input) {
    FuzzTarget.DEADLINE.run(input);
  }

  @FuzzTest(maxDuration = FuzzRuns.LONG)
  void legal_basis_parse_never_throws_and_keeps_every_character(byte[] input) {
    FuzzTarget.LEGAL_BASIS.run(input);
  }
}
