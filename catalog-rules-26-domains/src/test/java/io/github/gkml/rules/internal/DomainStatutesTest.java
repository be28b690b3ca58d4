package io.github.gkml.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gkml.model.PilotDomain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table of domain statutes: what it holds, where each fact comes from, how it is read. */
class DomainStatutesTest {

  static final String HEADER = "gkml-domain-statutes/1\n";

  static Optional<Path> shared() {
    String folder = System.getProperty("gkml.shared");
    return folder == null || !Files.isDirectory(Path.of(folder))
        ? Optional.empty()
        : Optional.of(Path.of(folder));
  }

  @Nested
  class The_bundled_table {

    @Test
    void holds_law_and_national_guidelines_only_each_with_its_confidence_and_source() {
      assertThat(DomainStatutes.bundled().entries())
          .hasSize(20)
          .allSatisfy(
              e -> {
                assertThat(e.domains()).isNotEmpty();
                assertThat(e.match()).isNotEmpty().allSatisfy(g -> assertThat(g).isNotEmpty());
                assertThat(e.confidence()).isIn("V", "S");
                assertThat(e.source()).startsWith("http");
                assertThat(e.citation()).isNotBlank();
                assertThat(e.what()).isNotBlank();
              });
    }

    @Test
    void covers_the_domains_the_issue_names() {
      assertThat(
              DomainStatutes.bundled().domains(java.util.EnumSet.allOf(DomainStatute.Kind.class)))
          .contains(
              PilotDomain.PUBLIC_RESOURCE_TRADING,
              PilotDomain.LAND_ACQUISITION_COMPENSATION,
              PilotDomain.HOUSING_EXPROPRIATION,
              PilotDomain.BUDGETS_AND_FINAL_ACCOUNTS,
              PilotDomain.SOCIAL_ASSISTANCE,
              PilotDomain.POVERTY_ALLEVIATION,
              PilotDomain.SPATIAL_PLANNING,
              PilotDomain.ENVIRONMENTAL_PROTECTION,
              PilotDomain.URBAN_ADMINISTRATIVE_ENFORCEMENT);
    }

    /**
     * Every source is one the legal fact sheet or the domain's dossier gives (checked when {@code
     * gkml.shared} points to the shared folder; skipped otherwise).
     */
    @Test
    void every_source_is_in_the_legal_fact_sheet_or_the_domains_dossier() throws IOException {
      Optional<Path> shared = shared();
      assumeTrue(shared.isPresent(), "gkml.shared does not point to the shared folder");
      String facts = Files.readString(shared.get().resolve("reference/legal-facts.md"));

      for (DomainStatute entry : DomainStatutes.bundled().entries()) {
        boolean found = facts.contains(entry.source());
        for (PilotDomain domain : entry.domains()) {
          Path dossier = shared.get().resolve("reference/domains/" + domain.slug() + ".yaml");
          found |= Files.readString(dossier).contains(entry.source());
        }
        assertThat(found).as("%s: %s", entry.citation(), entry.source()).isTrue();
      }
    }

    @Test
    void every_entry_is_listed_in_docs_rules_md() throws IOException {
      Path doc = Path.of(System.getProperty("gkml.root", ".."), "docs", "rules.md");
      assumeTrue(Files.isRegularFile(doc), "docs/rules.md is not there");
      String text = Files.readString(doc);

      assertThat(DomainStatutes.bundled().entries())
          .allSatisfy(
              e ->
                  assertThat(text)
                      .as(e.what())
                      .contains("| " + e.what() + " |")
                      .contains(e.source()));
    }
  }

  @Nested
  class Reading {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "other/1|expected gkml-domain-statutes/1",
          "gkml-domain-statutes/1\\nshehui-jiuzhu\\tdisplay|domain-statutes.txt:2: expected 13",
          "gkml-domain-statutes/1\\nnowhere\\tdisplay\\t公示\\t公示\\t-\\t-\\t7日\\t办法\\t-\\t-\\tno\\tS\\thttp://a|unknown domain nowhere",
          "gkml-domain-statutes/1\\nfupin\\tlater\\t公示\\t公示\\t-\\t-\\t7日\\t办法\\t-\\t-\\tno\\tS\\thttp://a|domain-statutes.txt:2:",
          "gkml-domain-statutes/1\\nfupin\\tdisplay\\t公示\\t公示\\t-\\t-\\tsoon\\t办法\\t-\\t-\\tno\\tS\\thttp://a|period soon",
          "gkml-domain-statutes/1\\nfupin\\tdisplay\\t公示\\t公示\\t-\\t-\\t7日\\t办法\\t-\\t-\\tmaybe\\tS\\thttp://a|builtin is yes or no",
          "gkml-domain-statutes/1\\nfupin\\tdisplay\\t公示\\t公示\\t-\\t-\\t7日\\t办法\\t-\\t-\\tno\\tM\\thttp://a|conf is V or S",
          "gkml-domain-statutes/1\\nfupin\\tdisplay\\t公示\\t公示\\t-\\t-\\t7日\\t-\\t-\\t-\\tno\\tS\\thttp://a|a title or a document number",
        })
    void refuses_a_table_it_cannot_read_naming_the_line(String text, String expected) {
      String table = text.replace("\\n", "\n").replace("\\t", "\t");

      assertThatThrownBy(() -> DomainStatutes.parse(new BufferedReader(new StringReader(table))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(expected);
    }

    @Test
    void reads_groups_exclusions_and_clause_words() throws IOException {
      String line =
          "chengshi-zonghe-zhifa|shizheng-fuwu\tpublish\t处罚决定\t处罚决定+公开\t政策\t-\t7个工作日\t-"
              + "\t国办发〔2018〕118号\t-\tno\tS\thttp://a\n";
      DomainStatute entry =
          DomainStatutes.parse(new BufferedReader(new StringReader(HEADER + "# note\n\n" + line)))
              .entries()
              .get(0);

      assertThat(entry.domains()).hasSize(2);
      assertThat(entry.match()).containsExactly(java.util.List.of("处罚决定"), java.util.List.of("公开"));
      assertThat(entry.clauses()).containsExactly("处罚决定", "公开");
      assertThat(entry.citation()).isEqualTo("国办发〔2018〕118号");
      assertThat(entry.governsClause("除处罚决定外其他内容")).isFalse();
      assertThat(entry.governsClause("处罚决定")).isTrue();
    }
  }
}
