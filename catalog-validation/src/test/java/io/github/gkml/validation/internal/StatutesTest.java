package io.github.gkml.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The table of laws that set their own periods, and of superseded texts. */
class StatutesTest {

  @Test
  void reads_every_entry_with_a_period_or_a_replacement() {
    assertThat(Statutes.builtIn().entries())
        .hasSizeGreaterThan(20)
        .allSatisfy(
            s -> {
              assertThat(s.title() != null || s.number() != null).isTrue();
              assertThat(s.confidence()).isIn("V", "S");
              assertThat(s.source()).startsWith("http");
              if (s.kind() == Statute.Kind.SUPERSEDED) {
                assertThat(s.replacement()).isNotBlank();
              } else {
                assertThat(s.period()).isNotNull();
              }
            });
  }

  @Test
  void every_entry_comes_from_the_legal_fact_sheet() throws IOException {
    Path facts =
        Path.of(System.getProperty("gkml.shared", "../../shared"), "reference", "legal-facts.md");
    assumeTrue(Files.exists(facts), "shared/reference is not present");
    String text = Files.readString(facts);

    assertThat(Statutes.builtIn().entries())
        .allSatisfy(s -> assertThat(text).as(s.citation()).contains(s.source()));
  }

  @Test
  void refuses_a_table_it_cannot_read() {
    assertThatThrownBy(() -> Statutes.parse(new BufferedReader(new StringReader("other/1\n"))))
        .hasMessageContaining("gkml-statutes/1");
    assertThatThrownBy(
            () ->
                Statutes.parse(new BufferedReader(new StringReader("gkml-statutes/1\nlater\t-\n"))))
        .hasMessageContaining("statutes.txt:2");
  }
}
