package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceLocationTest {

  @Test
  void an_error_line_names_the_file_line_column_and_pointer() {
    assertThat(
            SourceLocation.reported("社会救助.yaml", null, 12, 5, "/items/3/modes/0")
                .describe("unknown mode \"被动\""))
        .isEqualTo("社会救助.yaml:12:5 (/items/3/modes/0): unknown mode \"被动\"");
  }

  @Test
  void an_error_line_in_a_table_names_the_sheet_and_row() {
    assertThat(SourceLocation.reported("目录.xlsx", "社会救助", 7, 0, null).describe("no 公开事项"))
        .isEqualTo("目录.xlsx:社会救助:7: no 公开事项");
  }

  @Test
  void what_the_parser_did_not_know_is_left_out() {
    SourceLocation unknown = SourceLocation.reported("a.json", null, -1, -1, "");

    assertThat(unknown.row()).isZero();
    assertThat(unknown.describe("truncated")).isEqualTo("a.json: truncated");
    assertThat(SourceLocation.reported("a.json", null, 3, 0, null).describe("x"))
        .isEqualTo("a.json:3: x");
  }

  @Test
  void the_short_form_marks_a_pointer_with_a_hash() {
    assertThat(SourceLocation.ofPointer("a.json", "/items/0")).hasToString("a.json#/items/0");
    assertThatThrownBy(() -> new SourceLocation("a", null, -1, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
