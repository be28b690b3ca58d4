package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PilotDomainTest {

  static final Path SHARED = Path.of(System.getProperty("gkml.shared", "../../shared"));

  @Test
  void there_are_26_with_distinct_names_and_slugs() {
    assertThat(PilotDomain.values()).hasSize(26);
    assertThat(Arrays.stream(PilotDomain.values()).map(PilotDomain::label)).doesNotHaveDuplicates();
    assertThat(Arrays.stream(PilotDomain.values()).map(PilotDomain::slug)).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @CsvSource({
    "城乡规划, SPATIAL_PLANNING",
    "国土空间规划领域, SPATIAL_PLANNING",
    "生态环境, ENVIRONMENTAL_PROTECTION",
    "环境保护, ENVIRONMENTAL_PROTECTION",
    "乡村振兴, POVERTY_ALLEVIATION",
    "扶贫领域, POVERTY_ALLEVIATION",
    "就业, EMPLOYMENT",
    "就业创业, EMPLOYMENT",
    "卫生健康, HEALTH_CARE",
    "医疗卫生, HEALTH_CARE",
    "国有土地上房屋征收与补偿, HOUSING_EXPROPRIATION",
    "农村集体土地征收, LAND_ACQUISITION_COMPENSATION",
    "社会救助领域基层政务公开标准目录, SOCIAL_ASSISTANCE",
    "' 社会 救助 ', SOCIAL_ASSISTANCE",
    "社會救助, SOCIAL_ASSISTANCE",
    "shehui-jiuzhu, SOCIAL_ASSISTANCE",
    "ELDERLY_CARE, ELDERLY_CARE",
  })
  void finds_a_domain_by_name_alias_slug_or_id(String name, PilotDomain expected) {
    assertThat(PilotDomain.find(name)).hasValue(expected);
  }

  @Test
  void refuses_an_unknown_name_listing_the_26() {
    assertThatThrownBy(() -> PilotDomain.parse("交通运输"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("交通运输")
        .hasMessageContaining("社会救助")
        .hasMessageContaining("市政服务");
    assertThat(PilotDomain.find("领域")).isEmpty();
  }

  @Test
  void gives_the_guideline_numbers_the_legal_facts_confirm() {
    assertThat(PilotDomain.SOCIAL_ASSISTANCE.guideline()).hasValue("民办函〔2019〕52号");
    assertThat(PilotDomain.ELDERLY_CARE.guideline()).hasValue("民办函〔2019〕52号");
    assertThat(PilotDomain.WORK_SAFETY.guideline()).hasValue("应急厅函〔2019〕390号");
    assertThat(PilotDomain.DISASTER_RELIEF.guideline()).hasValue("应急厅函〔2019〕390号");
    assertThat(PilotDomain.EMPLOYMENT.guideline()).hasValue("人社厅函〔2019〕113号");
    assertThat(PilotDomain.HOUSEHOLD_REGISTRATION.guideline()).hasValue("公治安〔2019〕158号");
    assertThat(PilotDomain.MAJOR_CONSTRUCTION_PROJECTS.guideline()).hasValue("发改办投资〔2019〕621号");
    assertThat(PilotDomain.MUNICIPAL_SERVICES.guideline()).isEmpty();
    assertThat(Arrays.stream(PilotDomain.values()).filter(d -> d.guideline().isPresent()))
        .hasSize(10);
  }

  @ParameterizedTest
  @EnumSource(PilotDomain.class)
  void every_domain_names_its_ministry(PilotDomain domain) {
    assertThat(domain.ministry()).isNotBlank();
    assertThat(PilotDomain.find(domain.label())).hasValue(domain);
    assertThat(domain.aliases()).allSatisfy(a -> assertThat(PilotDomain.find(a)).hasValue(domain));
  }

  static Stream<Path> dossiers() throws IOException {
    Path domains = SHARED.resolve("reference/domains");
    if (!Files.isDirectory(domains)) {
      return Stream.of(domains.resolve("(absent)"));
    }
    try (Stream<Path> files = Files.list(domains)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("dossiers")
  void agrees_with_each_shared_dossier_when_present(Path dossier) throws IOException {
    assumeTrue(Files.exists(dossier), "../shared/reference/domains is absent");
    JsonNode facts = new YAMLMapper().readTree(dossier.toFile());
    String slug = dossier.getFileName().toString().replace(".yaml", "");

    PilotDomain domain = PilotDomain.find(facts.get("name").asText()).orElseThrow();

    assertThat(domain.slug()).isEqualTo(slug);
    assertThat(PilotDomain.find(slug)).hasValue(domain);
  }

  @Test
  void dossier_list_is_complete_when_present() throws IOException {
    List<Path> files = dossiers().toList();
    assumeTrue(files.size() > 1, "../shared/reference/domains is absent");
    assertThat(files).hasSize(26);
  }
}
