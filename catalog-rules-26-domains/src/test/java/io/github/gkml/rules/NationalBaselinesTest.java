package io.github.gkml.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Item;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.RuleId;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The 26 national baselines, one parameterised table over the domains. */
class NationalBaselinesTest {

  private static final CatalogFormat FORMAT = CatalogFormat.defaults();

  /** Each baseline field and the dossier field it comes from. */
  private static final Map<String, Predicate<Item>> EMPTY_WHEN_UNREAD =
      Map.of(
          "content_elements", i -> i.content().isEmpty(),
          "basis", i -> i.basis().isEmpty(),
          "deadline", i -> i.deadline() == null,
          "subject", i -> i.subjects().isEmpty(),
          "channels", i -> i.channels().isEmpty(),
          "audience", i -> i.audience().isEmpty(),
          "mode", i -> i.modes().isEmpty(),
          "levels", i -> i.levels().isEmpty());

  @Nested
  class Each_domain {

    @ParameterizedTest
    @EnumSource(PilotDomain.class)
    void loads_as_a_county_catalog_of_its_domain(PilotDomain domain) {
      Baseline baseline = NationalBaselines.of(domain);

      assertThat(baseline.domain()).isEqualTo(domain);
      assertThat(baseline.catalog().metadata().title())
          .isEqualTo(domain.label() + "领域基层政务公开标准目录(国家标准指引基线)");
      assertThat(baseline.catalog().metadata().level()).isEqualTo(AdminLevel.COUNTY);
      assertThat(baseline.catalog().metadata().version()).isEqualTo("baseline-2026.11");
      assertThat(baseline.catalog().metadata().refines()).isNull();
      assertThat(baseline.itemCount()).isPositive().isEqualTo(baseline.catalog().items().size());
    }

    @ParameterizedTest
    @EnumSource(PilotDomain.class)
    void says_what_it_covers_and_where_it_was_read(PilotDomain domain) {
      Baseline baseline = NationalBaselines.of(domain);

      assertThat(baseline.coverage()).isNotBlank();
      assertThat(baseline.sources())
          .isNotEmpty()
          .allSatisfy(s -> assertThat(s.url()).matches("https?://\\S+"));
      assertThat(baseline.catalog().metadata().notes())
          .anySatisfy(n -> assertThat(n).startsWith("生成:scripts/generate-baselines.py"));
    }

    @ParameterizedTest
    @EnumSource(PilotDomain.class)
    void gives_every_item_a_path_and_the_sources_it_was_seen_in(PilotDomain domain) {
      Baseline baseline = NationalBaselines.of(domain);
      List<String> ids = baseline.sources().stream().map(BaselineSource::id).toList();

      assertThat(baseline.catalog().items())
          .allSatisfy(
              item -> {
                assertThat(item.path().segments()).isNotEmpty().allMatch(s -> !s.isBlank());
                assertThat(item.extensions().get("来源").split("、")).isSubsetOf(ids);
              });
    }

    @ParameterizedTest
    @EnumSource(PilotDomain.class)
    void holds_the_dossier_items_except_those_its_notes_say_were_left_out(PilotDomain domain)
        throws IOException {
      Baseline baseline = NationalBaselines.of(domain);
      List<JsonNode> rows = Dossiers.baselineItems(Dossiers.of(domain));

      assertThat(baseline.itemCount() + leftOut(baseline).size()).isEqualTo(rows.size());
      assertThat(rows.stream().map(Dossiers::name)).containsAll(leftOut(baseline));
    }

    @ParameterizedTest
    @EnumSource(PilotDomain.class)
    void writes_no_element_the_dossier_could_not_read(PilotDomain domain) throws IOException {
      Baseline baseline = NationalBaselines.of(domain);
      List<String> leftOut = leftOut(baseline);
      List<JsonNode> rows = new ArrayList<>(Dossiers.baselineItems(Dossiers.of(domain)));
      rows.removeIf(row -> leftOut.contains(Dossiers.name(row)));

      for (int i = 0; i < rows.size(); i++) {
        JsonNode row = rows.get(i);
        Item item = baseline.catalog().items().get(i);
        assertThat(Dossiers.name(row)).startsWith(item.path().segments().get(0));
        EMPTY_WHEN_UNREAD.forEach(
            (field, empty) -> {
              if (Dossiers.unread(row, field)) {
                assertThat(empty.test(item)).as("%s %s", item.path(), field).isTrue();
              }
            });
      }
    }

    @ParameterizedTest
    @EnumSource(PilotDomain.class)
    void round_trips_through_the_catalog_format(PilotDomain domain) throws IOException {
      Catalog catalog = NationalBaselines.of(domain).catalog();

      for (CatalogSyntax syntax : CatalogSyntax.values()) {
        String text = FORMAT.toString(catalog, syntax);
        assertThat(FORMAT.parse(text, domain.slug() + "." + syntax, syntax)).isEqualTo(catalog);
      }
    }

    @ParameterizedTest
    @EnumSource(PilotDomain.class)
    void writes_each_known_channel_by_its_vocabulary_label(PilotDomain domain) throws IOException {
      JsonNode file;
      try (InputStream in =
          NationalBaselinesTest.class.getResourceAsStream(
              "/" + NationalBaselines.resourceName(domain))) {
        file = new YAMLMapper().readTree(Objects.requireNonNull(in));
      }

      for (JsonNode channel : file.findValues("channels")) {
        channel.forEach(
            name ->
                ChannelVocabulary.standard()
                    .find(name.asText())
                    .ifPresent(known -> assertThat(name.asText()).isEqualTo(known.label())));
      }
    }

    @ParameterizedTest
    @EnumSource(PilotDomain.class)
    void expects_of_a_township_a_subset_of_what_it_expects_of_a_county(PilotDomain domain) {
      Baseline baseline = NationalBaselines.of(domain);

      assertThat(baseline.forLevel(AdminLevel.COUNTY)).isEqualTo(baseline.catalog().items());
      assertThat(baseline.catalog().items()).containsAll(baseline.forLevel(AdminLevel.TOWNSHIP));
      assertThat(baseline.forLevel(AdminLevel.TOWNSHIP)).containsAll(baseline.withoutLevels());
    }

    @ParameterizedTest
    @EnumSource(PilotDomain.class)
    void matches_its_row_in_docs_baselines_md(PilotDomain domain) throws IOException {
      Baseline baseline = NationalBaselines.of(domain);
      BaselinesDoc.Row row = BaselinesDoc.row(domain);

      long elementMissing =
          CatalogValidator.defaults().validate(baseline.catalog()).stream()
              .filter(f -> f.ruleId().equals(RuleId.ELEMENT_MISSING))
              .count();
      assertThat(row.domain()).isEqualTo(domain.label());
      assertThat(row.items()).isEqualTo(baseline.itemCount());
      assertThat(row.dossierItems()).isEqualTo(baseline.itemCount() + leftOut(baseline).size());
      assertThat(row.townshipItems()).isEqualTo(baseline.forLevel(AdminLevel.TOWNSHIP).size());
      assertThat(row.withoutLevels()).isEqualTo(baseline.withoutLevels().size());
      assertThat(row.elementMissing()).isEqualTo(elementMissing);
      assertThat(row.sources()).isEqualTo(baseline.sources().size());
    }
  }

  @Nested
  class All_domains {

    @Test
    void hold_244_items_the_246_of_the_dossiers_less_the_2_left_out() throws IOException {
      List<Baseline> all = NationalBaselines.all();

      assertThat(all.stream().mapToInt(Baseline::itemCount).sum()).isEqualTo(244);
      assertThat(all.stream().mapToInt(b -> leftOut(b).size()).sum()).isEqualTo(2);
      int dossierItems = 0;
      for (PilotDomain domain : PilotDomain.values()) {
        dossierItems += Dossiers.baselineItems(Dossiers.of(domain)).size();
      }
      assertThat(dossierItems).isEqualTo(246);
    }

    @Test
    void come_in_domain_order_and_are_read_once() {
      List<Baseline> all = NationalBaselines.all();

      assertThat(all).extracting(Baseline::domain).containsExactly(PilotDomain.values());
      for (Baseline baseline : all) {
        assertThat(NationalBaselines.of(baseline.domain())).isSameAs(baseline);
      }
    }

    @Test
    void are_the_same_whichever_thread_asks() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<Baseline>>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          answers.add(pool.submit(NationalBaselines::all));
        }
        for (Future<List<Baseline>> answer : answers) {
          assertThat(answer.get()).isEqualTo(NationalBaselines.all());
        }
      } finally {
        pool.shutdownNow();
      }
    }

    @Test
    void name_their_resources_by_slug() {
      assertThat(NationalBaselines.resourceName(PilotDomain.SOCIAL_ASSISTANCE))
          .isEqualTo("io/github/gkml/rules/baselines/shehui-jiuzhu.yaml");
    }
  }

  /** The names of the dossier items a baseline's notes say were left out. */
  static List<String> leftOut(Baseline baseline) {
    return baseline.catalog().metadata().notes().stream()
        .filter(n -> n.startsWith("未收录:"))
        .map(n -> n.substring("未收录:".length(), n.indexOf("——")))
        .toList();
  }
}
