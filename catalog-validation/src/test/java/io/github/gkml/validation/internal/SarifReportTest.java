package io.github.gkml.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.ReportSamples;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarifReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode render(Report report, Locale locale) throws IOException {
    StringWriter out = new StringWriter();
    SarifReport.write(report, locale, out);
    return JSON.readTree(out.toString());
  }

  static JsonNode result(JsonNode sarif, String ruleId) {
    for (JsonNode result : sarif.at("/runs/0/results")) {
      if (result.get("ruleId").asText().equals(ruleId)) {
        return result;
      }
    }
    throw new AssertionError("no result for " + ruleId);
  }

  @Nested
  class Run {

    @Test
    void is_sarif_2_1_0_from_gkml() throws IOException {
      JsonNode sarif = render(ReportSamples.revision(), Locale.CHINA);

      assertThat(sarif.get("$schema").asText()).endsWith("sarif-2.1.0.json");
      assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
      assertThat(sarif.get("runs")).hasSize(1);
      assertThat(sarif.at("/runs/0/tool/driver/name").asText()).isEqualTo("gkml");
      assertThat(sarif.at("/runs/0/tool/driver/informationUri").asText()).startsWith("https://");
      assertThat(sarif.at("/runs/0/language").asText()).isEqualTo("zh-CN");
    }

    @Test
    void describes_each_rule_once_in_id_order_in_the_language_asked_for() throws IOException {
      JsonNode sarif = render(ReportSamples.history(), Locale.ENGLISH);

      JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
      assertThat(rules).hasSize(1);
      assertThat(rules.at("/0/id").asText()).isEqualTo("ITEM_REMOVED");
      assertThat(rules.at("/0/shortDescription/text").asText())
          .isEqualTo("Disclosure item removed");
      assertThat(sarif.at("/runs/0/language").asText()).isEqualTo("en");
    }

    @Test
    void points_every_result_at_its_rule() throws IOException {
      JsonNode sarif = render(ReportSamples.revision(), Locale.CHINA);

      List<String> ids = new ArrayList<>();
      sarif.at("/runs/0/tool/driver/rules").forEach(r -> ids.add(r.get("id").asText()));
      assertThat(ids).isSorted().doesNotHaveDuplicates().hasSize(9);
      assertThat(sarif.at("/runs/0/results")).hasSize(9);
      for (JsonNode result : sarif.at("/runs/0/results")) {
        assertThat(ids.get(result.get("ruleIndex").asInt()))
            .isEqualTo(result.get("ruleId").asText());
      }
    }

    @Test
    void of_an_empty_report_has_no_rules_and_no_results() throws IOException {
      JsonNode sarif = render(Report.of("空目录.yaml", List.of()), Locale.CHINA);

      assertThat(sarif.at("/runs/0/tool/driver/rules")).isEmpty();
      assertThat(sarif.at("/runs/0/results")).isEmpty();
    }
  }

  @Nested
  class Results {

    @ParameterizedTest
    @CsvSource({"CHANNEL_REMOVED, error", "ITEM_RENAMED, warning", "ITEM_ADDED, note"})
    void have_the_level_of_their_severity(String rule, String level) throws IOException {
      assertThat(result(render(ReportSamples.revision(), Locale.CHINA), rule).get("level").asText())
          .isEqualTo(level);
    }

    @Test
    void carry_the_message_the_item_and_the_values() throws IOException {
      JsonNode result = result(render(ReportSamples.revision(), Locale.CHINA), "CHANNEL_REMOVED");

      assertThat(result.at("/message/text").asText()).isNotBlank();
      assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
          .isEqualTo("最低生活保障/审批信息");
      assertThat(result.at("/properties/principle").asText()).isEqualTo("WAYS_ONLY_MORE");
      assertThat(result.at("/properties/old").asText()).isEqualTo("政府网站、两微一端");
      assertThat(result.at("/properties/new").asText()).isEqualTo("政府网站、政务微信");
      assertThat(result.at("/properties/pointer").asText()).isEqualTo("/items/5");
    }

    @Test
    void locate_the_line_and_column_in_the_file() throws IOException {
      JsonNode result = result(render(ReportSamples.revision(), Locale.CHINA), "CHANNEL_REMOVED");

      JsonNode physical = result.at("/locations/0/physicalLocation");
      assertThat(physical.at("/artifactLocation/uri").asText())
          .isEqualTo("%E7%A4%BE%E4%BC%9A%E6%95%91%E5%8A%A9-2023.yaml");
      assertThat(physical.at("/region/startLine").asInt()).isEqualTo(112);
      assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(5);
    }

    @Test
    void without_a_file_of_their_own_are_placed_in_the_new_version_without_a_region()
        throws IOException {
      JsonNode result = result(render(ReportSamples.revision(), Locale.CHINA), "DEADLINE_LOOSENED");

      JsonNode physical = result.at("/locations/0/physicalLocation");
      assertThat(physical.at("/artifactLocation/uri").asText()).endsWith("-2023.yaml");
      assertThat(physical.has("region")).isFalse();
    }

    @Test
    void of_a_single_catalog_without_a_file_are_located_by_item_only() throws IOException {
      JsonNode result = result(render(ReportSamples.single(), Locale.CHINA), "CHANNEL_UNKNOWN");

      assertThat(result.at("/locations/0").has("physicalLocation")).isFalse();
      assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
          .isEqualTo("综合业务/监督检查");
    }

    @Test
    void that_are_accepted_carry_an_external_suppression_with_the_reason() throws IOException {
      JsonNode sarif = render(ReportSamples.revision(), Locale.CHINA);

      JsonNode suppression = result(sarif, "DISPLAY_PERIOD_SHORTENED").at("/suppressions/0");
      assertThat(suppression.get("kind").asText()).isEqualTo("external");
      assertThat(suppression.get("justification").asText()).isEqualTo(ReportSamples.REASON);
      assertThat(result(sarif, "CHANNEL_REMOVED").has("suppressions")).isFalse();
    }

    @Test
    void of_a_history_check_name_the_versions() throws IOException {
      JsonNode result = render(ReportSamples.history(), Locale.CHINA).at("/runs/0/results/1");

      assertThat(result.at("/properties/from").asText()).isEqualTo("2021");
      assertThat(result.at("/properties/to").asText()).isEqualTo("2023");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "examples/data/a.yaml, examples/data/a.yaml",
    "目录 1.yaml, %E7%9B%AE%E5%BD%95%201.yaml",
    "'dir\\a#b.yaml', dir/a%23b.yaml",
    "'C:\\data\\目录.yaml', file:///C:/data/%E7%9B%AE%E5%BD%95.yaml",
    "https://example.org/a.yaml, https://example.org/a.yaml",
  })
  void turns_file_names_into_uri_references(String file, String uri) {
    assertThat(SarifUris.of(file)).isEqualTo(uri);
  }
}
