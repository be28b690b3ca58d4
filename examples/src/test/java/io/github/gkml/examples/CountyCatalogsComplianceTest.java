package io.github.gkml.examples;

import static io.github.gkml.assertj.CatalogAssertions.assertThat;

import io.github.gkml.assertj.CatalogSoftAssertions;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.ItemPath;
import io.github.gkml.sdk.Gkml;
import io.github.gkml.validation.AcceptanceFile;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.RuleId;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How a county's test suite asserts its catalogs comply: each catalog valid, each revision true to
 * the three principles (with the county's acceptance list), every known exception accounted for.
 * Copy this class into the repository that holds the county's catalogs.
 */
class CountyCatalogsComplianceTest {

  static final Path DATA = Path.of(System.getProperty("gkml.root", "..")).resolve("examples/data");

  final Gkml gkml = Gkml.defaults();

  Catalog catalog(String file) throws IOException {
    return gkml.load(DATA.resolve(file)).catalog();
  }

  @Test
  void every_catalog_is_valid() throws IOException {
    CatalogSoftAssertions softly = new CatalogSoftAssertions();
    for (String file :
        new String[] {
          "shehui-jiuzhu-2023.yaml",
          "shehui-jiuzhu-2024.yaml",
          "yanglao-fuwu-2023.yaml",
          "yanglao-fuwu-2024.yaml"
        }) {
      softly.assertThat(catalog(file)).as(file).isValid();
    }
    softly.assertAll();
  }

  @Test
  void the_elderly_care_revision_follows_the_three_principles() throws IOException {
    assertThat(catalog("yanglao-fuwu-2024.yaml"))
        .satisfiesThePrinciplesAgainst(catalog("yanglao-fuwu-2023.yaml"));
  }

  @Test
  void the_social_assistance_revision_has_its_channel_change_accepted_and_one_known_breach()
      throws IOException {
    Gkml county =
        gkml.withAcceptances(
            AcceptanceFile.defaults().read(DATA.resolve("shehui-jiuzhu-acceptances.yaml")));

    Report report =
        county.checkRevision(
            county.load(DATA.resolve("shehui-jiuzhu-2023.yaml")),
            county.load(DATA.resolve("shehui-jiuzhu-2024.yaml")));

    // The breach the county has yet to fix: 联系方式 dropped from 临时救助/办事指南.
    assertThat(report)
        .fails()
        .hasAcceptedFinding(RuleId.CHANNEL_REMOVED, ItemPath.of("特困人员救助供养", "政策法规文件"))
        .hasFinding(RuleId.CONTENT_ELEMENT_REMOVED, ItemPath.of("临时救助", "办事指南"));
  }
}
