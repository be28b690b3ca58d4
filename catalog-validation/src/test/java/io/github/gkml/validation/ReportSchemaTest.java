package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/gkml-report-1.schema.json describes exactly what the JSON report writes. */
class ReportSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ROOT = Path.of(System.getProperty("gkml.root", "..")).toAbsolutePath();
  private static final JsonSchema SCHEMA = schema();

  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of("revision", ReportSamples.revision(), Locale.CHINA),
        Arguments.of(
            "revision, never failing", ReportSamples.revision().withFailOn(null), Locale.ENGLISH),
        Arguments.of("history", ReportSamples.history(), Locale.CHINA),
        Arguments.of("single catalog", ReportSamples.single(), Locale.ENGLISH),
        Arguments.of("empty", Report.of("空目录.yaml", List.of()), Locale.CHINA));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void accepts_what_the_json_report_writes(String name, Report report, Locale locale)
      throws IOException {
    // WHEN the report is written as JSON
    StringWriter out = new StringWriter();
    Reports.write(report, ReportFormat.JSON, locale, out);

    // THEN the schema accepts it
    assertThat(errors(JSON.readTree(out.toString()))).as(name).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/format",
        "/summary",
        "/findings/0/ruleId",
        "/findings/0/message",
        "/findings/1/location/file",
      })
  void rejects_a_report_missing_a_required_field(String pointer) throws IOException {
    // GIVEN a valid report without one field
    ObjectNode report = written(ReportSamples.revision());
    JsonNode parent = report.at(pointer.substring(0, pointer.lastIndexOf('/')));
    ((ObjectNode) parent).remove(pointer.substring(pointer.lastIndexOf('/') + 1));

    // THEN the schema rejects it
    assertThat(errors(report)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/extra", "/findings/0/extra", "/summary/extra"})
  void rejects_fields_it_does_not_name(String pointer) throws IOException {
    ObjectNode report = written(ReportSamples.revision());
    JsonNode parent = report.at(pointer.substring(0, pointer.lastIndexOf('/')));
    ((ObjectNode) parent).put("extra", 1);

    assertThat(errors(report)).isNotEmpty();
  }

  private static ObjectNode written(Report report) throws IOException {
    StringWriter out = new StringWriter();
    Reports.write(report, ReportFormat.JSON, Locale.CHINA, out);
    return (ObjectNode) JSON.readTree(out.toString());
  }

  private static Set<ValidationMessage> errors(JsonNode document) {
    return SCHEMA.validate(document);
  }

  private static JsonSchema schema() {
    try {
      String text = Files.readString(ROOT.resolve("docs/gkml-report-1.schema.json"));
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read docs/gkml-report-1.schema.json", e);
    }
  }
}
