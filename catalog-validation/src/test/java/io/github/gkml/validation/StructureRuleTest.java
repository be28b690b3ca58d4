package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.Region;
import io.github.gkml.model.RetiredItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The structural rules, checked with Bean Validation: region codes, dates, duplicate items. */
class StructureRuleTest {

  static Catalog daZhu() {
    return RealRows.county(PilotDomain.SOCIAL_ASSISTANCE, RealRows.socialAssistancePolicies());
  }

  static List<Finding> validate(Catalog catalog) {
    return CatalogValidator.builtIn().validate(catalog);
  }

  @Nested
  class Region_codes {

    @ParameterizedTest
    @CsvSource({"511724, COUNTY", "511700, CITY", "510000, PROVINCE"})
    void passes_a_code_of_the_catalogs_level(String code, AdminLevel level) {
      Catalog catalog =
          daZhu()
              .withMetadata(daZhu().metadata().withRegion(Region.of("大竹县", code)).withLevel(level));

      assertThat(validate(catalog)).isEmpty();
    }

    @Test
    void reports_a_province_prefix_that_gb_t_2260_does_not_have() {
      Catalog catalog =
          daZhu().withMetadata(daZhu().metadata().withRegion(Region.of("某县", "991724")));

      assertThat(validate(catalog))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo(RuleId.REGION_CODE_INVALID);
                assertThat(f.item()).isNull();
                assertThat(f.message(Locale.CHINA))
                    .isEqualTo("行政区划代码“991724”有误:前两位99不是GB/T 2260中的省级行政区代码");
                assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo(
                        "the region code \"991724\" is wrong: the first two digits 99 are not a"
                            + " province-level code of GB/T 2260");
              });
    }

    @Test
    void reports_a_city_code_on_a_county_catalog() {
      Catalog catalog =
          daZhu().withMetadata(daZhu().metadata().withRegion(Region.of("达州市", "511700")));

      assertThat(validate(catalog))
          .singleElement()
          .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains("县级目录的代码不应以00结尾"));
    }
  }

  @Nested
  class Dates {

    @Test
    void reports_an_effective_date_before_the_pilot_and_a_retired_date_before_it() {
      Catalog catalog =
          daZhu()
              .withMetadata(daZhu().metadata().withEffectiveDate(LocalDate.of(2003, 6, 30)))
              .withRetired(
                  List.of(
                      new RetiredItem(
                          ItemPath.of("临时救助", "政策法规文件"),
                          LocalDate.of(2014, 6, 28),
                          "并入综合业务",
                          null,
                          null),
                      new RetiredItem(ItemPath.of("扶贫"), null, "并入乡村振兴", null, null)));

      List<Finding> findings = validate(catalog);

      assertThat(findings)
          .extracting(Finding::ruleId, Finding::field, Finding::newValue)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  RuleId.DATE_INVALID, "effectiveDate", "2003-06-30"),
              org.assertj.core.groups.Tuple.tuple(RuleId.DATE_INVALID, "since", "2014-06-28"));
      assertThat(findings.get(0).message(Locale.CHINA))
          .isEqualTo("日期“2003-06-30”有误:日期早于2017-05-09,而国办发〔2017〕42号自该日起才开始试点编制标准目录");
      assertThat(findings.get(1).item()).isEqualTo(ItemPath.of("临时救助", "政策法规文件"));
    }

    @Test
    void passes_the_example_dates() {
      Catalog catalog =
          daZhu().withMetadata(daZhu().metadata().withEffectiveDate(LocalDate.of(2023, 6, 30)));

      assertThat(validate(catalog)).isEmpty();
    }
  }

  @Nested
  class Duplicate_items {

    @Test
    void reports_each_repeat_of_a_path_after_folding_and_names_the_first() {
      var row = RealRows.socialAssistancePolicies();
      var again = row.withPath(ItemPath.of("综合业务", "政策法规文件 "));
      var third = row.withPath(ItemPath.of("综合业务", "政策法规文件"));

      List<Finding> findings =
          validate(
              RealRows.county(
                  PilotDomain.SOCIAL_ASSISTANCE, row, RealRows.jobPostings(), again, third));

      assertThat(findings)
          .extracting(Finding::ruleId, f -> f.params().get("first"))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(RuleId.DUPLICATE_ITEM, "1"),
              org.assertj.core.groups.Tuple.tuple(RuleId.DUPLICATE_ITEM, "1"));
      assertThat(findings.get(0).message(Locale.CHINA))
          .isEqualTo("事项“综合业务 / 政策法规文件”重复:与第1个事项名称相同;每个事项只应列一次");
    }

    @Test
    void passes_distinct_paths() {
      assertThat(
              validate(
                  RealRows.county(
                      PilotDomain.SOCIAL_ASSISTANCE,
                      RealRows.socialAssistancePolicies(),
                      RealRows.jobPostings())))
          .isEmpty();
    }
  }

  @Nested
  class Without_jakarta_el {

    @Test
    void jakarta_el_is_on_neither_the_module_path_nor_the_class_path() {
      assertThat(ModuleLayer.boot().findModule("jakarta.el")).isEmpty();
      assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"))
          .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void constraints_are_checked_and_their_parameters_interpolated_all_the_same() {
      Catalog catalog =
          daZhu().withMetadata(daZhu().metadata().withRegion(Region.of("某县", "991724")));

      Finding finding = validate(catalog).get(0);

      assertThat(finding.params())
          .containsEntry("detail@zh", "前两位99不是GB/T 2260中的省级行政区代码")
          .containsEntry(
              "detail@en", "the first two digits 99 are not a province-level code of GB/T 2260");
    }

    @Test
    void the_messages_never_fall_back_to_the_jvm_default_locale() {
      Locale before = Locale.getDefault();
      try {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        Catalog catalog =
            daZhu().withMetadata(daZhu().metadata().withRegion(Region.of("某县", "991724")));
        assertThat(validate(catalog).get(0).params().get("detail@en")).startsWith("the first");
        Locale.setDefault(Locale.ENGLISH);
        assertThat(validate(catalog).get(0).params().get("detail@zh")).startsWith("前两位");
      } finally {
        Locale.setDefault(before);
      }
    }
  }
}
