package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real phrasings gathered in {@code shared/reference/deadline-phrases.jsonl}, each with the
 * fields a correct parse must have. Skipped when {@code ../shared} is not there.
 */
class DeadlineReferenceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code gkml.shared} as the parent pom sets it, else {@code ../../shared} from the module. */
  static Path sharedDirectory() {
    String shared = System.getProperty("gkml.shared");
    return shared != null ? Path.of(shared) : Path.of("..", "..", "shared");
  }

  static Path phrasesFile() {
    return sharedDirectory().resolve("reference").resolve("deadline-phrases.jsonl");
  }

  static Stream<Arguments> referencePhrases() throws IOException {
    Path file = phrasesFile();
    if (!Files.isRegularFile(file)) {
      // One placeholder row, so that the test runs once and reports itself skipped.
      return Stream.of(Arguments.of(0, "(absent)", JSON.nullNode()));
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Stream.Builder<Arguments> rows = Stream.builder();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        JsonNode row = JSON.readTree(lines.get(i));
        rows.add(Arguments.of(i + 1, row.get("phrase").asText(), row.get("expect")));
      }
    }
    return rows.build();
  }

  @ParameterizedTest(name = "line {0}: {1}")
  @MethodSource("referencePhrases")
  void reads_each_reference_phrase_as_expected(int line, String phrase, JsonNode expect) {
    assumeTrue(Files.isRegularFile(phrasesFile()), () -> "no reference file at " + phrasesFile());

    // WHEN
    Deadline actual = Deadline.parse(phrase);

    // THEN
    assertThat(actual.raw()).as("raw").isEqualTo(phrase);
    SoftAssertions softly = new SoftAssertions();
    new DeadlineExpectation(softly).check("line " + line + " " + actual, expect, actual);
    softly.assertAll();
  }

  @Test
  void the_expectation_check_catches_a_wrong_parse() throws IOException {
    // GIVEN
    JsonNode expect =
        JSON.readTree(
            "{\"kind\": \"WITHIN\", \"trigger\": \"OBTAINED\", \"amount\": 21,"
                + " \"displayPeriod\": {\"ongoing\": true}}");
    SoftAssertions softly = new SoftAssertions();

    // WHEN
    new DeadlineExpectation(softly).check("x", expect, Deadline.parse("自信息形成或者变更之日起20个工作日内"));

    // THEN
    assertThat(softly.errorsCollected()).hasSize(3);
  }
}
