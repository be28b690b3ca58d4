package io.github.gkml.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.io.TableLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemPathsTest {

  static Layout layout(String... header) {
    GridBuilder grid = new GridBuilder("表1", TableLimits.defaults());
    for (int c = 0; c < header.length; c++) {
      grid.cell(1, c, header[c]);
    }
    return Layout.of(grid.build(), 0, 1);
  }

  @Test
  void splits_one_path_cell_at_a_slash_when_the_header_says_so() {
    Layout split = layout("公开事项(一级/二级)", "公开内容", "公开时限");
    Layout whole = layout("公开事项", "公开内容", "公开时限");

    assertThat(ItemPaths.of(split, new String[] {"政策文件/法律法规", "", ""}, null))
        .containsExactly("政策文件", "法律法规");
    assertThat(ItemPaths.of(whole, new String[] {"政策文件/法律法规", "", ""}, null))
        .containsExactly("政策文件/法律法规");
    assertThat(ItemPaths.of(whole, new String[] {" ", "", ""}, null)).isEmpty();
  }

  @Test
  void takes_a_blank_second_level_from_above_before_a_third() {
    Layout three = layout("一级事项", "二级事项", "三级事项", "公开内容");
    ItemDraft above = new ItemDraft(3, null, List.of("最低生活保障", "审核信息", "初审"), new String[4]);

    assertThat(ItemPaths.of(three, new String[] {"", "", "终审", ""}, above))
        .containsExactly("最低生活保障", "审核信息", "终审");
  }
}
