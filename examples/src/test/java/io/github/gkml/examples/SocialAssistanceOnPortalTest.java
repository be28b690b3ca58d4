package io.github.gkml.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SocialAssistanceOnPortalTest {

  static final Path DATA = Path.of(System.getProperty("gkml.root", ".."), "examples", "data");

  static Catalog daZhu2023() throws IOException {
    return CatalogFormat.defaults().load(DATA.resolve("shehui-jiuzhu-2023.yaml")).catalog();
  }

  @Test
  void passed_in_it_reports_the_items_posted_only_on_village_boards() throws IOException {
    CatalogValidator validator =
        CatalogValidator.builtIn().withRules(List.of(new SocialAssistanceOnPortal()));

    List<Finding> findings = validator.validate(daZhu2023());

    assertThat(findings)
        .extracting(f -> f.item().toString())
        .containsExactly("最低生活保障 / 审核信息", "特困人员救助供养 / 审核信息");
    assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(findings.get(0).message(Locale.CHINA))
        .isEqualTo("大竹县要求社会救助事项在政府网站公开,本事项的公开渠道和载体未勾选政府网站");
    assertThat(findings.get(0).message(Locale.ENGLISH)).contains("政府网站 is not ticked");
  }

  @Test
  void applies_only_to_the_countys_social_assistance_catalogs() throws IOException {
    CatalogValidator validator =
        CatalogValidator.builtIn().withRules(List.of(new SocialAssistanceOnPortal()));
    Catalog elsewhere = daZhu2023().withMetadata(daZhu2023().metadata().withRegion(null));
    Catalog elderlyCare =
        CatalogFormat.defaults().load(DATA.resolve("yanglao-fuwu-2023.yaml")).catalog();

    assertThat(validator.validate(elsewhere)).isEmpty();
    assertThat(elderlyCare.domain()).isEqualTo(PilotDomain.ELDERLY_CARE);
    assertThat(validator.validate(elderlyCare)).isEmpty();
  }

  @Test
  void registered_as_a_service_it_is_found_by_the_defaults() throws IOException {
    assertThat(CatalogValidator.defaults().rules())
        .extracting(RuleDescription::id)
        .contains(SocialAssistanceOnPortal.ID);
    assertThat(CatalogValidator.discover(getClass().getClassLoader()))
        .anyMatch(rule -> rule instanceof SocialAssistanceOnPortal);
    assertThat(CatalogValidator.defaults().validate(daZhu2023()))
        .extracting(Finding::ruleId)
        .containsOnly(SocialAssistanceOnPortal.ID);
  }
}
