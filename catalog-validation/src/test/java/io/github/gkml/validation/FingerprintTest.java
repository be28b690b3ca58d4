package io.github.gkml.validation;

import static io.github.gkml.validation.AcceptanceFixtures.CHANNEL_REMOVED;
import static io.github.gkml.validation.AcceptanceFixtures.POLICY_DOCUMENTS;
import static io.github.gkml.validation.AcceptanceFixtures.guideDeadlineLoosened;
import static io.github.gkml.validation.AcceptanceFixtures.readingRoomRemoved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.ItemPath;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.internal.Fingerprints;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FingerprintTest {

  static final RuleId DEADLINE_LOOSENED = AcceptanceFixtures.DEADLINE_LOOSENED;

  static Fingerprint of(String rule, ItemPath item, String field, String old, String now) {
    return Fingerprint.of(RuleId.of(rule), item, field, old, now);
  }

  @Nested
  class Stays_the_same {

    static Stream<Arguments> respellings() {
      return Stream.of(
          Arguments.of("spaces in the item", ItemPath.of(" 特困人员 救助供养", "政策法规　文件"), "公开查阅点"),
          Arguments.of("traditional characters", ItemPath.of("特困人員救助供養", "政策法規文件"), "公開查閱點"),
          Arguments.of("a line break in the value", POLICY_DOCUMENTS, "公开\n查阅点"),
          Arguments.of("spaces around the value", POLICY_DOCUMENTS, "  公开查阅点 "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("respellings")
    void when_the_item_or_value_is_respelled(String how, ItemPath item, String value) {
      // GIVEN the finding of 2023 → 2024, and the same finding in another spelling
      Fingerprint original = Fingerprint.of(readingRoomRemoved());

      // WHEN the respelled finding is fingerprinted
      Fingerprint respelled = Fingerprint.of(CHANNEL_REMOVED, item, "channels", value, null);

      // THEN it is the same
      assertThat(respelled).isEqualTo(original);
    }

    @Test
    void when_a_deadline_is_written_with_full_width_digits_and_brackets() {
      Fingerprint half =
          of(
              "DEADLINE_LOOSENED",
              AcceptanceFixtures.GUIDE,
              "deadline",
              "制定或获取信息之日起10个工作日内",
              "《社会救助暂行办法》(国务院令第649号)");
      Fingerprint full =
          of(
              "DEADLINE_LOOSENED",
              ItemPath.of("最低生活保障", "办事指南"),
              "deadline",
              "制定或获取信息之日起１０个工作日内",
              "“社会救助暂行办法”（国务院令第649号）");

      assertThat(full).isEqualTo(half);
    }

    @Test
    void when_location_message_severity_principle_or_versions_change() {
      Finding finding = guideDeadlineLoosened();
      Finding moved =
          finding
              .withLocation(SourceLocation.of("社会救助-2024.xlsx", "社会救助", 17))
              .withSeverity(Severity.WARNING)
              .withVersions("2024", "2025");
      Finding reworded =
          Finding.builder(DEADLINE_LOOSENED, Severity.INFO)
              .item(finding.item())
              .field("deadline")
              .oldValue(finding.oldValue())
              .newValue(finding.newValue())
              .param("reason", "按季度")
              .build();

      assertThat(Fingerprint.of(moved)).isEqualTo(Fingerprint.of(finding));
      assertThat(Fingerprint.of(reworded)).isEqualTo(Fingerprint.of(finding));
    }

    @Test
    void when_a_value_is_blank_instead_of_absent() {
      assertThat(Fingerprint.of(CHANNEL_REMOVED, POLICY_DOCUMENTS, " ", "公开查阅点", "  "))
          .isEqualTo(Fingerprint.of(CHANNEL_REMOVED, POLICY_DOCUMENTS, null, "公开查阅点", null));
    }
  }

  @Nested
  class Differs {

    static Stream<Arguments> changes() {
      ItemPath item = POLICY_DOCUMENTS;
      return Stream.of(
          Arguments.of("another rule", of("LEVEL_REMOVED", item, "channels", "公开查阅点", "")),
          Arguments.of(
              "another item",
              of("CHANNEL_REMOVED", ItemPath.of("最低生活保障", "政策法规文件"), "channels", "公开查阅点", "")),
          Arguments.of("another field", of("CHANNEL_REMOVED", item, "levels", "公开查阅点", "")),
          Arguments.of("another old value", of("CHANNEL_REMOVED", item, "channels", "政府网站", "")),
          Arguments.of("a new value", of("CHANNEL_REMOVED", item, "channels", "公开查阅点", "政务服务中心")),
          Arguments.of("old and new swapped", of("CHANNEL_REMOVED", item, "channels", "", "公开查阅点")),
          Arguments.of(
              "a value moved into the field", of("CHANNEL_REMOVED", item, "channels公开查阅点", "", "")),
          Arguments.of(
              "segments joined differently",
              of("CHANNEL_REMOVED", ItemPath.of("特困人员救助供养/政策法规文件"), "channels", "公开查阅点", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void for_a_different_finding(String what, Fingerprint other) {
      assertThat(other).isNotEqualTo(Fingerprint.of(readingRoomRemoved()));
    }

    @Test
    void between_a_catalog_wide_finding_and_an_item_finding() {
      assertThat(Fingerprint.of(RuleId.of("DUPLICATE_ITEM"), null, null, null, null))
          .isNotEqualTo(
              Fingerprint.of(RuleId.of("DUPLICATE_ITEM"), ItemPath.of("0"), null, null, null));
    }
  }

  @Nested
  class Recipe {

    @Test
    void hashes_length_prefixed_parts_after_the_recipe_name() throws Exception {
      // GIVEN the 2023 → 2024 removal of 公开查阅点
      Finding finding = readingRoomRemoved();

      // WHEN its canonical text is built
      String canonical =
          Fingerprints.canonical(
              finding.ruleId().id(),
              finding.item(),
              finding.field(),
              finding.oldValue(),
              finding.newValue());

      // THEN it is the documented encoding, and the fingerprint its SHA-256 prefix
      assertThat(canonical)
          .isEqualTo(
              "gkml-fingerprint/1"
                  + "15:CHANNEL_REMOVED"
                  + "1:2"
                  + "24:特困人员救助供养"
                  + "18:政策法规文件"
                  + "8:channels"
                  + "15:公开查阅点"
                  + "0:");
      assertThat(Fingerprint.of(finding).value()).isEqualTo(sha256Prefix(canonical));
    }

    @Test
    void is_pinned_because_acceptance_files_store_it() {
      // A change here breaks every acceptance file: it needs a new recipe name.
      assertThat(Fingerprint.of(readingRoomRemoved())).hasToString("464556c9805580e6");
    }

    private String sha256Prefix(String text) throws Exception {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    }
  }

  @Nested
  class Parsing {

    @Test
    void accepts_upper_case_and_surrounding_spaces() {
      assertThat(Fingerprint.parse(" 464556C9805580E6 "))
          .isEqualTo(new Fingerprint("464556c9805580e6"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "464556c9805580e", "464556c9805580e6f", "464556c9805580g6"})
    void refuses_anything_but_16_hex_digits_naming_the_text(String text) {
      assertThatThrownBy(() -> Fingerprint.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("16 hex digits")
          .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void orders_by_its_digits() {
      assertThat(new Fingerprint("0000000000000001"))
          .isLessThan(new Fingerprint("00000000000000a0"));
    }
  }
}
