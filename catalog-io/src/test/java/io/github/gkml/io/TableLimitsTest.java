package io.github.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each {@link TableLimits} limit: a table at the limit is read whole, one above it is refused with
 * a message naming the file, where, and the limit.
 */
class TableLimitsTest {

  static final TableLimits DEFAULTS = TableLimits.defaults();

  @TempDir Path dir;

  static TableImporter importer(TableLimits limits) {
    return TableImporter.defaults().withLimits(limits);
  }

  /** The header and {@code rows} rows: {@code rows + 1} rows with content. */
  static TableFixture table(int rows) {
    TableFixture table = TableFixture.named("社会救助").row(RowsAndPagesTest.HEADER);
    for (int i = 1; i <= rows; i++) {
      table.row(RowsAndPagesTest.row(String.valueOf(i), "事项" + i, "政策文件", "内容" + i));
    }
    return table;
  }

  @ParameterizedTest
  @EnumSource(
      value = TableFormat.class,
      names = {"XLSX", "CSV", "HTML"})
  void rows_at_the_limit_are_read_one_more_is_refused(TableFormat format) throws IOException {
    Path file = table(9).write(dir, "社会救助", format);

    assertThat(importer(DEFAULTS.withMaxRows(10)).read(file).catalogs().get(0).catalog().items())
        .hasSize(9);
    assertThatThrownBy(() -> importer(DEFAULTS.withMaxRows(9)).read(file))
        .isInstanceOf(TableImportException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("more than 9 rows with content (TableLimits.maxRows)");
  }

  @Test
  void columns_at_the_limit_are_read_one_more_is_refused() throws IOException {
    int columns = RowsAndPagesTest.HEADER.length;
    Path file = table(1).write(dir, "社会救助", TableFormat.CSV);

    assertThat(importer(DEFAULTS.withMaxColumns(columns)).read(file).catalogs()).hasSize(1);
    assertThatThrownBy(() -> importer(DEFAULTS.withMaxColumns(columns - 1)).read(file))
        .isInstanceOf(TableImportException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(
            "beyond the limit of " + (columns - 1) + " columns (TableLimits.maxColumns)");
  }

  @ParameterizedTest
  @EnumSource(
      value = TableFormat.class,
      names = {"XLSX", "CSV", "MD"})
  void a_cell_at_the_limit_is_read_one_longer_is_refused(TableFormat format) throws IOException {
    String content = "长".repeat(300);
    String[] row = RowsAndPagesTest.row("1", "最低生活保障", "政策文件", content);
    Path file =
        TableFixture.named("社会救助").row(RowsAndPagesTest.HEADER).row(row).write(dir, "社会救助", format);
    int longest = Arrays.stream(row).mapToInt(String::length).max().orElseThrow();

    assertThat(
            importer(DEFAULTS.withMaxCellLength(longest))
                .read(file)
                .catalogs()
                .get(0)
                .catalog()
                .items()
                .get(0)
                .content())
        .containsExactly(content);
    assertThatThrownBy(() -> importer(DEFAULTS.withMaxCellLength(longest - 1)).read(file))
        .isInstanceOf(TableImportException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(
            "a cell of " + longest + " characters, more than the limit of " + (longest - 1))
        .hasMessageContaining("(TableLimits.maxCellLength)");
  }

  @Test
  void a_file_at_the_size_limit_is_read_one_byte_more_is_refused() throws IOException {
    Path file = table(1).write(dir, "社会救助", TableFormat.CSV);
    long size = Files.size(file);

    assertThat(importer(DEFAULTS.withMaxFileBytes(size)).read(file).catalogs()).hasSize(1);
    assertThatThrownBy(() -> importer(DEFAULTS.withMaxFileBytes(size - 1)).read(file))
        .isInstanceOf(TableImportException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(
            "more than the limit of " + (size - 1) + " (TableLimits.maxFileBytes)");
  }
}
