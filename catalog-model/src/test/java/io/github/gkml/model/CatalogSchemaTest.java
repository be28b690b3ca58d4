package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.gkml.model.internal.CatalogDocument;
import io.github.gkml.model.testing.CatalogGenerator;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schema describes exactly what the reader accepts. */
class CatalogSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Path ROOT = Path.of(System.getProperty("gkml.root", "..")).toAbsolutePath();
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(CatalogFormat.jsonSchema());

  static Stream<Path> exampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("examples/data"))) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .filter(f -> !f.toString().endsWith("-acceptances.yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  static LongStream seeds() {
    return LongStream.range(100, 120);
  }

  @Test
  void the_schema_in_the_docs_is_the_one_in_the_jar() throws IOException {
    assertThat(Files.readString(ROOT.resolve("docs/gkml-catalog-1.schema.json")))
        .isEqualTo(CatalogFormat.jsonSchema());
  }

  @Test
  void names_exactly_the_fields_the_reader_knows() throws IOException {
    JsonNode schema = JSON.readTree(CatalogFormat.jsonSchema());

    assertFields(schema, CatalogDocument.class);
    assertFields(schema.at("/properties/region"), CatalogDocument.RegionDocument.class);
    assertFields(schema.at("/properties/refines"), CatalogDocument.ReferenceDocument.class);
    assertFields(schema.at("/$defs/item"), CatalogDocument.ItemDocument.class);
    assertFields(schema.at("/$defs/item/properties/source"), CatalogDocument.SourceDocument.class);
    assertFields(
        schema.at("/properties/notApplicable/items"), CatalogDocument.NotApplicableDocument.class);
    assertFields(schema.at("/properties/retired/items"), CatalogDocument.RetiredDocument.class);
  }

  @ParameterizedTest
  @MethodSource("exampleFiles")
  void accepts_every_example_catalog(Path file) throws IOException {
    assertThat(errors(YAML.readTree(file.toFile()))).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void accepts_what_the_writer_writes(long seed) throws IOException {
    Catalog catalog = CatalogGenerator.seeded(seed).catalog(12).withNotes(List.of("注:■表示已选用的渠道。"));

    String json = CatalogFormat.defaults().toString(catalog, CatalogSyntax.JSON);

    assertThat(errors(JSON.readTree(json))).as("seed %d", seed).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{format: gkml-catalog/1, domain: 社会救助, title: t, tittle: x}",
        "{format: gkml-catalog/1, domain: 社会救助}",
        "{format: gkml-catalog/2, domain: 社会救助, title: t}",
        "{format: gkml-catalog/1, domain: 社会救助, title: t, items: [{path: [a, b, c, d]}]}",
        "{format: gkml-catalog/1, domain: 社会救助, title: t, items: [{content: [a]}]}",
        "{format: gkml-catalog/1, domain: 社会救助, title: t, region: {name: x, code: '12'}}",
        "{format: gkml-catalog/1, domain: 社会救助, title: t, items: [{path: [a], extensions: {k: [1]}}]}",
      })
  void rejects_what_the_reader_rejects(String yaml) throws IOException {
    assertThat(errors(YAML.readTree(yaml))).isNotEmpty();
    assertThatThrownBy(() -> CatalogFormat.defaults().parse(yaml, "t.yaml", CatalogSyntax.YAML))
        .isInstanceOf(CatalogFormatException.class);
  }

  private static Set<ValidationMessage> errors(JsonNode document) {
    return SCHEMA.validate(document);
  }

  private static void assertFields(JsonNode objectSchema, Class<? extends Record> type) {
    Set<String> schemaFields = new TreeSet<>();
    Iterator<String> names = objectSchema.path("properties").fieldNames();
    names.forEachRemaining(schemaFields::add);
    Set<String> recordFields =
        new TreeSet<>(
            Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
    assertThat(schemaFields).as(type.getSimpleName()).isEqualTo(recordFields);
    assertThat(objectSchema.path("additionalProperties").asBoolean(true))
        .as(type.getSimpleName() + " allows no other fields")
        .isFalse();
  }
}
