package io.github.gkml.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CellTextTest {

  @Nested
  class Lists {

    static Stream<Arguments> cells() {
      return Stream.of(
          Arguments.of("办理事项、办理条件、申请材料", List.of("办理事项", "办理条件", "申请材料")),
          Arguments.of("●文件名称 ●文号 ●发文部门", List.of("文件名称", "文号", "发文部门")),
          Arguments.of("1.法律法规和规章\n2.规范性文件\n3.补偿标准", List.of("法律法规和规章", "规范性文件", "补偿标准")),
          Arguments.of("(1)招标公告;(2)中标结果", List.of("招标公告", "中标结果")),
          Arguments.of("①项目名称②资金规模", List.of("项目名称", "资金规模")),
          Arguments.of("办理事项\n办理条件", List.of("办理事项", "办理条件")),
          Arguments.of("条件、\n标准\n与程序", List.of("条件", "标准与程序")),
          Arguments.of("《民政部、财政部关于…的意见》、各地配套政策法规文件", List.of("《民政部、财政部关于…的意见》", "各地配套政策法规文件")),
          Arguments.of("各地配套政策法规文件。", List.of("各地配套政策法规文件")));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void splits_as_real_catalogs_write_lists(String cell, List<String> entries) {
      assertThat(CellText.list(cell)).isEqualTo(entries);
    }

    @Test
    void joins_a_list_so_that_it_reads_back_the_same() {
      List<String> plain = List.of("办理事项", "办理条件");
      List<String> awkward = List.of("办理时间、地点", "1.联系方式", "民政部 财政部");

      assertThat(CellText.join(plain)).isEqualTo("办理事项、办理条件");
      assertThat(CellText.list(CellText.join(plain))).isEqualTo(plain);
      assertThat(CellText.join(awkward)).startsWith("●");
      assertThat(CellText.list(CellText.join(awkward))).isEqualTo(awkward);
      assertThat(CellText.list("  ")).isEmpty();
    }
  }

  @Nested
  class Names {

    @Test
    void removes_layout_inside_a_name() {
      assertThat(CellText.name("政策\n法规\n文件")).isEqualTo("政策法规文件");
      assertThat(CellText.name("政 策")).isEqualTo("政策");
      assertThat(CellText.name("制 定 或 获 取 信 息之日起 10 个 工作日内")).isEqualTo("制定或获取信息之日起 10 个工作日内");
      assertThat(CellText.name("12345\nhotline")).isEqualTo("12345 hotline");
    }
  }
}
