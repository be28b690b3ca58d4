package io.github.gkml.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for each table importer ({@code TableImporter}, 表格导入): the only failure allowed is a
 * {@code TableImportException} naming the file ({@link FuzzTarget}). Text formats are fuzzed as
 * bytes; a workbook or Word document as its main XML part inside a valid package ({@link
 * OfficePackages}), or as the whole file when the input is a zip itself.
 */
class TableFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.LONG)
  void csv_importer_fails_only_with_its_exception(byte[] input) {
    FuzzTarget.CSV.run(input);
  }

  @FuzzTest(maxDuration = FuzzRuns.LONG)
  void markdown_importer_fails_only_with_its_exception(byte[] input) {
    FuzzTarget.MARKDOWN.run(input);
  }

  @FuzzTest(maxDuration = FuzzRuns.LONG)
  void html_importer_fails_only_with_its_exception(byte[] input) {
    FuzzTarget.HTML.run(input);
  }

  @FuzzTest(maxDuration = FuzzRuns.LONG)
  void xls_importer_fails_only_with_its_exception(byte[] input) {
    FuzzTarget.XLS.run(input);
  }

  @FuzzTest(maxDuration = FuzzRuns.LONG)
  void xlsx_importer_fails_only_with_its_exception(byte[] input) {
    FuzzTarget.XLSX.run(input);
  }

  @FuzzTest(maxDuration = FuzzRuns.LONG)
  void docx_importer_fails_only_with_its_exception(byte[] input) {
    FuzzTarget.DOCX.run(input);
  }
}
