package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.testing.CatalogGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogFormatTest {

  private static final CatalogFormat FORMAT = CatalogFormat.defaults();

  static Catalog resource(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            CatalogFormatTest.class.getResourceAsStream("/catalogs/" + name), name)) {
      return FORMAT.load(in, name, CatalogSyntax.fromFileName(name).orElseThrow()).catalog();
    }
  }

  static CatalogFormatException readFails(String text, CatalogSyntax syntax) {
    try {
      FORMAT.parse(text, "bad." + syntax.name().toLowerCase(Locale.ROOT), syntax);
    } catch (CatalogFormatException e) {
      return e;
    }
    throw new AssertionError("expected a CatalogFormatException for:\n" + text);
  }

  @Nested
  class Reading {

    @Test
    void reads_the_example_of_the_design_with_every_element() throws IOException {
      Catalog catalog = resource("design-example.yaml");

      CatalogMetadata meta = catalog.metadata();
      assertThat(meta.domain()).isEqualTo(PilotDomain.SOCIAL_ASSISTANCE);
      assertThat(meta.region()).isEqualTo(Region.of("某县", "410324"));
      assertThat(meta.level()).isEqualTo(AdminLevel.COUNTY);
      assertThat(meta.version()).isEqualTo("2023");
      assertThat(meta.effectiveDate()).isEqualTo(LocalDate.of(2023, 10, 20));
      Item item = catalog.items().get(0);
      assertThat(item.code()).isEqualTo("0301");
      assertThat(item.path()).isEqualTo(ItemPath.of("最低生活保障", "办事指南"));
      assertThat(item.content()).containsExactly("办理事项", "办理条件", "申请材料", "办理流程");
      assertThat(item.basis())
          .singleElement()
          .extracting(LegalBasis::number)
          .hasToString("国务院令第649号");
      assertThat(item.deadline())
          .isNotNull()
          .extracting(Deadline::raw)
          .isEqualTo("自信息形成或者变更之日起20个工作日内");
      assertThat(item.displayPeriod()).isNotNull().extracting(DisplayPeriod::raw).isEqualTo("公示7天");
      assertThat(item.channels())
          .extracting(Channel::id)
          .containsExactly("government-website", "public-reading-point", "notice-board");
      assertThat(item.audience()).containsExactly(Audience.PUBLIC);
      assertThat(item.modes()).containsExactly(Mode.PROACTIVE);
      assertThat(item.levels()).containsExactly(AdminLevel.COUNTY, AdminLevel.TOWNSHIP);
      assertThat(item.source()).isEqualTo(SourceLocation.of("目录.xlsx", "社会救助", 7));
      assertThat(item.extensions()).containsEntry("公开时长", "长期");
      assertThat(catalog.notApplicable())
          .singleElement()
          .extracting(NotApplicable::reason)
          .isEqualTo("本乡无此事项");
      assertThat(catalog.retired())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.since()).isEqualTo(LocalDate.of(2021, 6, 1));
                assertThat(r.replacedBy()).isEqualTo(ItemPath.of("乡村振兴"));
              });
    }

    @Test
    void keeps_unquoted_yaml_numbers_as_written() throws IOException {
      Catalog catalog = resource("unquoted-scalars.yaml");

      assertThat(catalog.metadata().version()).isEqualTo("2023");
      assertThat(catalog.items().get(0).code()).isEqualTo("0301");
      assertThat(catalog.items().get(0).extensions())
          .containsEntry("序号", "7")
          .containsEntry("备注", "true");
    }

    @Test
    void accepts_a_single_value_where_a_list_is_expected_and_aliases_of_terms() throws IOException {
      Catalog catalog =
          FORMAT.parse(
              """
              format: gkml-catalog/1
              domain: 城乡规划领域
              title: t
              items:
                - path: 规划编制
                  channels: 政府门户网站
                  audience: 特定群众
                  modes: 依申请公开
                  levels: 乡、村级
              """,
              "t.yaml",
              CatalogSyntax.YAML);

      Item item = catalog.items().get(0);
      assertThat(catalog.domain()).isEqualTo(PilotDomain.SPATIAL_PLANNING);
      assertThat(item.path()).isEqualTo(ItemPath.of("规划编制"));
      assertThat(item.channels()).extracting(Channel::id).containsExactly("government-website");
      assertThat(item.audience()).containsExactly(Audience.SPECIFIC_GROUP);
      assertThat(item.modes()).containsExactly(Mode.ON_REQUEST);
      assertThat(item.levels()).containsExactly(AdminLevel.TOWNSHIP, AdminLevel.VILLAGE);
    }

    @Test
    void reads_notes_in_order_and_a_single_note_as_a_list() throws IOException {
      String notes =
          """
          format: gkml-catalog/1
          domain: 社会救助
          title: t
          notes:
            - 覆盖说明:只读到前12行
            - S1 http://example.gov.cn/ml.html 某县
          """;

      assertThat(FORMAT.parse(notes, "t.yaml", CatalogSyntax.YAML).metadata().notes())
          .containsExactly("覆盖说明:只读到前12行", "S1 http://example.gov.cn/ml.html 某县");
      assertThat(
              FORMAT
                  .parse(
                      "{format: gkml-catalog/1, domain: 扶贫, title: t, notes: 表下说明}",
                      "t.yaml",
                      CatalogSyntax.YAML)
                  .metadata()
                  .notes())
          .containsExactly("表下说明");
      assertThat(
              readFails(
                  "{format: gkml-catalog/1, domain: 扶贫, title: t, notes: [a, ' ']}",
                  CatalogSyntax.YAML))
          .hasMessageContaining("/notes/1");
    }

    @Test
    void keeps_an_unknown_channel_as_a_custom_channel() throws IOException {
      Catalog catalog =
          FORMAT.parse(
              "{\"format\":\"gkml-catalog/1\",\"domain\":\"扶贫\",\"title\":\"t\",\"items\":[{\"path\":[\"a\"],\"channels\":[\"县融媒体中心\"]}]}",
              "t.json",
              CatalogSyntax.JSON);

      assertThat(catalog.items().get(0).channels())
          .singleElement()
          .satisfies(c -> assertThat(c.isCustom()).isTrue())
          .hasToString("县融媒体中心");
    }

    @Test
    void gives_each_item_its_line_in_the_file() throws IOException {
      LoadedCatalog loaded =
          FORMAT.load(
              new ByteArrayInputStream(
                  """
                  format: gkml-catalog/1
                  domain: 社会救助
                  title: t
                  items:
                    - path: [a]
                    - path: [b]
                      modes: [主动]
                  """
                      .getBytes(StandardCharsets.UTF_8)),
              "c.yaml",
              CatalogSyntax.YAML);

      assertThat(loaded.locationOf(0)).hasValueSatisfying(l -> assertThat(l.row()).isEqualTo(5));
      assertThat(loaded.locationOf(1))
          .hasValueSatisfying(
              l -> {
                assertThat(l.row()).isEqualTo(6);
                assertThat(l.pointer()).isEqualTo("/items/1");
                assertThat(l.file()).isEqualTo("c.yaml");
              });
    }
  }

  @Nested
  class Round_trips {

    static LongStream seeds() {
      return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void yaml_round_trip_gives_the_same_catalog(long seed) throws IOException {
      Catalog catalog = CatalogGenerator.seeded(seed).catalog(1 + (int) (seed % 25));

      String text = FORMAT.toString(catalog, CatalogSyntax.YAML);

      assertThat(FORMAT.parse(text, "seed-" + seed + ".yaml", CatalogSyntax.YAML))
          .as("seed %d:%n%s", seed, text)
          .isEqualTo(catalog);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void json_round_trip_gives_the_same_catalog(long seed) throws IOException {
      Catalog catalog = CatalogGenerator.seeded(seed).catalog(1 + (int) (seed % 25));

      String text = FORMAT.toString(catalog, CatalogSyntax.JSON);

      assertThat(FORMAT.parse(text, "seed-" + seed + ".json", CatalogSyntax.JSON))
          .as("seed %d:%n%s", seed, text)
          .isEqualTo(catalog);
    }

    @ParameterizedTest
    @EnumSource(CatalogSyntax.class)
    void keeps_the_notes_of_a_table_in_order(CatalogSyntax syntax) throws IOException {
      Catalog catalog =
          CatalogGenerator.seeded(7)
              .catalog(3)
              .withNotes(List.of("注:“■”表示必选项,“□”表示可选项。", "填表人:王芳\n审核人:李军"));

      String text = FORMAT.toString(catalog, syntax);

      assertThat(text).contains("notes");
      assertThat(FORMAT.parse(text, "notes", syntax)).isEqualTo(catalog);
    }

    @Test
    void reads_a_catalog_without_notes_as_before() throws IOException {
      Catalog catalog = resource("design-example.yaml");

      assertThat(catalog.notes()).isEmpty();
      assertThat(FORMAT.toString(catalog, CatalogSyntax.YAML)).doesNotContain("notes");
    }

    @Test
    void refuses_a_blank_note() {
      assertThatThrownBy(
              () ->
                  FORMAT.parse(
                      "{format: gkml-catalog/1, domain: 社会救助, title: t, notes: [\"  \"]}",
                      "blank.yaml",
                      CatalogSyntax.YAML))
          .isInstanceOf(CatalogFormatException.class)
          .hasMessageContaining("/notes/0");
    }

    @ParameterizedTest
    @EnumSource(CatalogSyntax.class)
    void writes_and_reads_files_by_their_extension(CatalogSyntax syntax, @TempDir Path dir)
        throws IOException {
      Catalog catalog = resource("design-example.yaml");
      Path file = dir.resolve("目录." + syntax.name().toLowerCase(Locale.ROOT));

      FORMAT.write(catalog, file);

      assertThat(FORMAT.read(file)).isEqualTo(catalog);
    }

    @Test
    void keeps_text_that_yaml_would_read_as_another_type() throws IOException {
      Catalog catalog =
          Catalog.of(
              CatalogMetadata.of(PilotDomain.WORK_SAFETY, "yes").withVersion("1.0"),
              java.util.List.of(
                  Item.builder(ItemPath.of("null", "true"))
                      .code("0012")
                      .content("~", "2023-01-01", "- 列表", "a: b", "#号")
                      .extension("序号", "007")
                      .build()));

      String text = FORMAT.toString(catalog, CatalogSyntax.YAML);

      assertThat(FORMAT.parse(text, "t.yaml", CatalogSyntax.YAML)).as(text).isEqualTo(catalog);
    }
  }

  @Nested
  class Bad_input {

    @Test
    void names_an_unknown_field_with_its_line_pointer_and_the_expected_fields() {
      CatalogFormatException e =
          readFails(
              """
              format: gkml-catalog/1
              domain: 社会救助
              title: t
              items:
                - path: [a]
                  deadlien: 20个工作日内
              """,
              CatalogSyntax.YAML);

      assertThat(e.line()).isEqualTo(6);
      assertThat(e.pointer()).hasValue("/items/0/deadlien");
      assertThat(e.problem()).contains("unknown field \"deadlien\"").contains("deadline");
      assertThat(e.getMessage()).startsWith("bad.yaml:6:");
    }

    @Test
    void names_a_wrong_type_in_words() {
      CatalogFormatException e =
          readFails(
              "{\"format\":\"gkml-catalog/1\",\"domain\":\"社会救助\",\"title\":[\"a\"],\"items\":[]}",
              CatalogSyntax.JSON);

      assertThat(e.pointer()).hasValue("/title");
      assertThat(e.problem()).isEqualTo("expected a text value, found a list");
      assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void names_a_value_the_model_refuses_with_its_line() {
      CatalogFormatException e =
          readFails(
              """
              format: gkml-catalog/1
              domain: 社会救助
              title: t
              items:
                - path: [a]
                  modes: [主动, 被动]
              """,
              CatalogSyntax.YAML);

      assertThat(e.pointer()).hasValue("/items/0/modes/1");
      assertThat(e.line()).isEqualTo(6);
      assertThat(e.problem()).contains("\"被动\"").contains("主动 or 依申请");
    }

    @Test
    void rejects_an_unknown_domain_listing_the_26() {
      CatalogFormatException e =
          readFails(
              "format: gkml-catalog/1\ndomain: 交通运输\ntitle: t\nitems: []\n", CatalogSyntax.YAML);

      assertThat(e.pointer()).hasValue("/domain");
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.problem()).contains("交通运输").contains("社会救助").contains("市政服务");
    }

    @Test
    void rejects_a_missing_required_field_naming_it() {
      CatalogFormatException e =
          readFails("format: gkml-catalog/1\ndomain: 社会救助\nitems: []\n", CatalogSyntax.YAML);

      assertThat(e.pointer()).hasValue("/title");
      assertThat(e.problem()).startsWith("missing title");
    }

    @Test
    void rejects_another_format_version() {
      CatalogFormatException e =
          readFails("format: gkml-catalog/9\ndomain: 社会救助\ntitle: t\n", CatalogSyntax.YAML);

      assertThat(e.problem()).contains("gkml-catalog/9").contains("gkml-catalog/1");
    }

    @Test
    void rejects_a_region_code_that_is_not_six_digits() {
      CatalogFormatException e =
          readFails(
              "format: gkml-catalog/1\ndomain: 社会救助\ntitle: t\nregion: {name: 某县, code: '4103'}\n",
              CatalogSyntax.YAML);

      assertThat(e.pointer()).hasValue("/region/code");
      assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void rejects_a_date_that_is_not_a_date() {
      CatalogFormatException e =
          readFails(
              "format: gkml-catalog/1\ndomain: 社会救助\ntitle: t\neffectiveDate: 2023年10月\n",
              CatalogSyntax.YAML);

      assertThat(e.pointer()).hasValue("/effectiveDate");
      assertThat(e.problem()).contains("YYYY-MM-DD");
    }

    @Test
    void rejects_a_path_of_four_segments_and_a_blank_segment() {
      assertThat(
              readFails(
                      "format: gkml-catalog/1\ndomain: 社会救助\ntitle: t\nitems:\n  - path: [a, b, c, d]\n",
                      CatalogSyntax.YAML)
                  .pointer())
          .hasValue("/items/0/path");
      assertThat(
              readFails(
                      "format: gkml-catalog/1\ndomain: 社会救助\ntitle: t\nitems:\n  - path: [a, ' ']\n",
                      CatalogSyntax.YAML)
                  .pointer())
          .hasValue("/items/0/path/1");
    }

    @Test
    void rejects_a_duplicate_key_in_either_syntax() {
      assertThat(
              readFails(
                      "format: gkml-catalog/1\ndomain: 社会救助\ntitle: a\ntitle: b\n",
                      CatalogSyntax.YAML)
                  .problem())
          .containsIgnoringCase("duplicate");
      assertThat(
              readFails(
                      "{\"format\":\"gkml-catalog/1\",\"title\":\"a\",\"title\":\"b\"}",
                      CatalogSyntax.JSON)
                  .problem())
          .containsIgnoringCase("duplicate");
    }

    @Test
    void names_the_line_of_truncated_json() {
      CatalogFormatException e =
          readFails(
              "{\"format\": \"gkml-catalog/1\",\n \"items\": [\n  {\"path\": [\"a\"",
              CatalogSyntax.JSON);

      assertThat(e.line()).isEqualTo(3);
      assertThat(e.problem()).isNotBlank();
    }

    @Test
    void names_the_line_of_malformed_yaml() {
      CatalogFormatException e =
          readFails(
              "format: gkml-catalog/1\ndomain: 社会救助\ntitle: [unclosed\nitems: []\n",
              CatalogSyntax.YAML);

      assertThat(e.line()).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(CatalogSyntax.class)
    void calls_an_empty_file_empty(CatalogSyntax syntax) {
      assertThat(readFails("  \n", syntax).problem()).startsWith("the file is empty");
    }

    @Test
    void calls_a_comment_only_yaml_file_empty() {
      assertThat(readFails("# 目录\n", CatalogSyntax.YAML).problem()).startsWith("the file is empty");
    }

    @ParameterizedTest
    @EnumSource(CatalogSyntax.class)
    void rejects_a_top_level_list(CatalogSyntax syntax) {
      assertThat(readFails(syntax == CatalogSyntax.JSON ? "[1,2]" : "- 1\n- 2\n", syntax).problem())
          .contains("expected a catalog");
    }

    @ParameterizedTest
    @EnumSource(CatalogSyntax.class)
    void rejects_binary_garbage_without_crashing(CatalogSyntax syntax) {
      byte[] garbage = new byte[4096];
      new Random(7).nextBytes(garbage);

      assertThatThrownBy(
              () -> FORMAT.load(new ByteArrayInputStream(garbage), "garbage.bin", syntax))
          .isInstanceOf(CatalogFormatException.class)
          .hasMessageStartingWith("garbage.bin");
    }

    @Test
    void refuses_a_yaml_alias_bomb_quickly() {
      StringBuilder bomb =
          new StringBuilder("format: gkml-catalog/1\ndomain: 社会救助\ntitle: t\nitems:\n");
      bomb.append("  - path: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
      for (char c = 'b'; c <= 'j'; c++) {
        char p = (char) (c - 1);
        bomb.append("  - path: [x")
            .append(c)
            .append("]\n    content: &")
            .append(c)
            .append(" [*")
            .append(p);
        bomb.append(",*").append(p).append(String.valueOf(",*" + p).repeat(7)).append("]\n");
      }

      long start = System.nanoTime();
      CatalogFormatException e = readFails(bomb.toString(), CatalogSyntax.YAML);

      assertThat(e.problem()).contains("YAML aliases (*a) are not supported");
      assertThat(e.line()).isEqualTo(7);
      assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void refuses_an_alias_rather_than_reading_its_name_as_text() {
      CatalogFormatException e =
          readFails(
              "format: gkml-catalog/1\ndomain: &d 社会救助\ntitle: *d\nitems: []\n",
              CatalogSyntax.YAML);

      assertThat(e.problem()).contains("*d");
    }

    @ParameterizedTest
    @EnumSource(CatalogSyntax.class)
    void refuses_a_deeply_nested_document(CatalogSyntax syntax) {
      String deep =
          syntax == CatalogSyntax.JSON
              ? "{\"extensions\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}"
              : "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

      CatalogFormatException e = readFails(deep, syntax);

      assertThat(e.problem()).containsIgnoringCase("nest");
    }

    @Test
    void refuses_more_items_than_the_limit() {
      CatalogFormat small = FORMAT.withLimits(ReadLimits.defaults().withMaxItems(1));

      assertThatThrownBy(
              () ->
                  small.parse(
                      "format: gkml-catalog/1\ndomain: 社会救助\ntitle: t\nitems: [{path: [a]}, {path: [b]}]\n",
                      "t.yaml",
                      CatalogSyntax.YAML))
          .isInstanceOf(CatalogFormatException.class)
          .hasMessageContaining("more than 1 items");
    }

    @Test
    void refuses_a_file_larger_than_the_limit(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("big.yaml");
      Files.writeString(file, "format: gkml-catalog/1\n" + "#".repeat(2000));
      CatalogFormat small = FORMAT.withLimits(ReadLimits.defaults().withMaxFileBytes(1000));

      assertThatThrownBy(() -> small.read(file))
          .isInstanceOf(CatalogFormatException.class)
          .hasMessageContaining("more than the limit of 1000");
    }

    @Test
    void names_a_missing_file_and_a_file_of_another_type(@TempDir Path dir) {
      assertThatThrownBy(() -> FORMAT.read(dir.resolve("none.yaml")))
          .isInstanceOf(CatalogFormatException.class)
          .hasMessageEndingWith("no such file");
      assertThatThrownBy(() -> FORMAT.read(dir.resolve("目录.xlsx")))
          .isInstanceOf(CatalogFormatException.class)
          .hasMessageContaining(".json, .yaml or .yml");
    }
  }
}
