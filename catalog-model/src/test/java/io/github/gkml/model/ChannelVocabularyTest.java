package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelVocabularyTest {

  static final ChannelVocabulary VOCABULARY = ChannelVocabulary.standard();

  static final List<String> TEMPLATE =
      List.of(
          "政府网站",
          "政府公报",
          "两微一端",
          "发布会/听证会",
          "广播电视",
          "纸质媒体",
          "公开查阅点",
          "政务服务中心",
          "便民服务站",
          "入户/现场",
          "社区/企事业单位/村公示栏(电子屏)",
          "精准推送",
          "其他");

  @Test
  void starts_with_the_national_templates_13_channels_in_order() {
    assertThat(VOCABULARY.channels().subList(0, 13)).extracting(Channel::label).isEqualTo(TEMPLATE);
  }

  @ParameterizedTest
  @CsvSource({
    "政府门户网站, government-website",
    "区政府门户网站, government-website",
    "政府服务中心, government-service-center",
    "发布会, press-conference-hearing",
    "发布会听证会, press-conference-hearing",
    "社区/企事业单位、村公示栏(电子屏), notice-board",
    "社区/企事业单位/村公示栏 （电子屏）, notice-board",
    "镇村公示公开栏, notice-board",
    "便民惠民服务中心, convenience-service-station",
    "微信公众号, government-wechat",
    "政府網站, government-website",
    "12345, hotline-12345",
    "信用中国, credit-china",
    "government-website, government-website",
  })
  void resolves_the_spellings_of_real_tables(String name, String id) {
    assertThat(VOCABULARY.find(name)).map(Channel::id).hasValue(id);
    assertThat(VOCABULARY.resolve(name).isCustom()).isFalse();
  }

  @Test
  void keeps_an_unknown_name_as_a_custom_channel() {
    Channel custom = VOCABULARY.resolve(" 县融媒体中心 ");

    assertThat(custom.isCustom()).isTrue();
    assertThat(custom.label()).isEqualTo("县融媒体中心");
    assertThat(custom.id()).isEqualTo("custom:县融媒体中心");
    assertThat(custom).isEqualTo(Channel.custom("县融媒体中心")).hasToString("县融媒体中心");
  }

  @Test
  void two_weibo_one_app_covers_wechat_but_not_the_reverse() {
    Channel both = VOCABULARY.resolve("两微一端");
    Channel wechat = VOCABULARY.resolve("微信公众号");

    assertThat(VOCABULARY.covers(both, wechat)).isTrue();
    assertThat(VOCABULARY.covers(wechat, both)).isFalse();
    assertThat(VOCABULARY.covers(wechat, wechat)).isTrue();
    assertThat(VOCABULARY.covers(both, VOCABULARY.resolve("政府网站"))).isFalse();
  }

  @Test
  void a_system_can_add_its_own_channels_without_changing_the_standard_one() {
    Channel media = new Channel("county-media", "县融媒体中心", List.of("融媒体中心"), null, false);

    ChannelVocabulary extended = VOCABULARY.with(List.of(media));

    assertThat(extended.resolve("融媒体中心")).isEqualTo(media);
    assertThat(extended.byId("county-media")).hasValue(media);
    assertThat(VOCABULARY.resolve("融媒体中心").isCustom()).isTrue();
  }

  @Test
  void refuses_a_name_that_would_mean_two_channels_or_an_unknown_parent() {
    assertThatThrownBy(
            () -> VOCABULARY.with(List.of(new Channel("x", "政府网站", List.of(), null, false))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("政府网站");
    assertThatThrownBy(
            () -> VOCABULARY.with(List.of(new Channel("y", "新渠道", List.of(), "nope", false))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(
            () ->
                VOCABULARY.with(
                    List.of(new Channel("government-website", "z", List.of(), null, false))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knows_every_channel_the_legal_fact_sheet_lists_when_present() throws IOException {
    Path facts =
        Path.of(System.getProperty("gkml.shared", "../../shared"), "reference/legal-facts.md");
    assumeTrue(Files.exists(facts), "../shared is absent");
    String text = Files.readString(facts);
    String template = text.substring(text.indexOf("### 5.1"), text.indexOf("### 5.2"));
    Matcher numbered = Pattern.compile("(?m)^\\d+\\. (\\S+)").matcher(template);
    int count = 0;
    while (numbered.find()) {
      String name = numbered.group(1);
      assertThat(VOCABULARY.find(name)).as(name).isPresent();
      count++;
    }
    assertThat(count).isEqualTo(13);
    String platforms = text.substring(text.indexOf("### 5.2"), text.indexOf("## 6."));
    Matcher rows = Pattern.compile("(?m)^\\| ([^|]+?) \\|").matcher(platforms);
    while (rows.find()) {
      String cell = rows.group(1);
      if (cell.equals("Channel") || cell.startsWith("---")) {
        continue;
      }
      String name = cell.replaceAll(" \\(.*", "").replaceAll(" / .*", "");
      assertThat(VOCABULARY.find(name)).as(name).isPresent();
    }
  }
}
