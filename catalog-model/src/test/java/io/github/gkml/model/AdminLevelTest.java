package io.github.gkml.model;

import static io.github.gkml.model.AdminLevel.CITY;
import static io.github.gkml.model.AdminLevel.COUNTY;
import static io.github.gkml.model.AdminLevel.PROVINCE;
import static io.github.gkml.model.AdminLevel.TOWNSHIP;
import static io.github.gkml.model.AdminLevel.VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminLevelTest {

  static Stream<Arguments> labels() {
    return Stream.of(
        Arguments.of("省级", Set.of(PROVINCE)),
        Arguments.of("市级", Set.of(CITY)),
        Arguments.of("县级", Set.of(COUNTY)),
        Arguments.of("区级", Set.of(COUNTY)),
        Arguments.of("县（市、区）级", Set.of(COUNTY)),
        Arguments.of("乡级", Set.of(TOWNSHIP)),
        Arguments.of("镇级", Set.of(TOWNSHIP)),
        Arguments.of("街道", Set.of(TOWNSHIP)),
        Arguments.of("镇街级", Set.of(TOWNSHIP)),
        Arguments.of("乡镇（街道）", Set.of(TOWNSHIP)),
        Arguments.of("村级", Set.of(VILLAGE)),
        Arguments.of("社区", Set.of(VILLAGE)),
        Arguments.of("乡、村级", Set.of(TOWNSHIP, VILLAGE)),
        Arguments.of("县级/乡级", Set.of(COUNTY, TOWNSHIP)),
        Arguments.of("县乡级", Set.of(COUNTY, TOWNSHIP)),
        Arguments.of("镇村级", Set.of(TOWNSHIP, VILLAGE)),
        Arguments.of(" 縣級 ", Set.of(COUNTY)),
        Arguments.of("COUNTY", Set.of(COUNTY)));
  }

  @ParameterizedTest
  @MethodSource("labels")
  void reads_the_labels_real_tables_write(String label, Set<AdminLevel> expected) {
    assertThat(AdminLevel.findAll(label)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "国家级", "乡、部级", "级", "县级、", "高级"})
  void refuses_what_is_not_a_level(String label) {
    assertThat(AdminLevel.findAll(label)).isEmpty();
  }

  @Test
  void every_level_reads_back_from_its_label() {
    for (AdminLevel level : AdminLevel.values()) {
      assertThat(AdminLevel.find(level.label())).hasValue(level);
    }
  }

  @Test
  void audience_and_mode_read_the_variants_of_real_headers() {
    assertThat(Audience.find("全社会")).hasValue(Audience.PUBLIC);
    assertThat(Audience.find("社会")).hasValue(Audience.PUBLIC);
    assertThat(Audience.find("特定群众")).hasValue(Audience.SPECIFIC_GROUP);
    assertThat(Audience.find("特定 群体")).hasValue(Audience.SPECIFIC_GROUP);
    assertThat(Audience.find("部分")).isEmpty();
    assertThat(Mode.find("主动公开")).hasValue(Mode.PROACTIVE);
    assertThat(Mode.find("依申请公开")).hasValue(Mode.ON_REQUEST);
    assertThat(Mode.find("申请")).hasValue(Mode.ON_REQUEST);
    assertThat(Mode.find("被动")).isEmpty();
  }
}
