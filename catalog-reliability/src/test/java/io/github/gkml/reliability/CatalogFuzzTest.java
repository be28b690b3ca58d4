package io.github.gkml.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for the catalog file reader ({@code CatalogFormat}, 目录文件格式), JSON and YAML: the only
 * failure allowed is a {@code CatalogFormatException} naming the source, and a catalog that is read
 * survives a round trip through the writer ({@link FuzzTarget}).
 */
class CatalogFuzzTest {

  @FuzzTest(maxDuration = FuzzRuns.LONG)
  void json_reader_fails_only_with_its_format_exception(byte[] input) {
    FuzzTarget.JSON.run(input);
  }

  @FuzzTest(maxDuration = FuzzRuns.LONG)
  void yaml_reader_fails_only_with_its_format_exception(byte[] input) {
    FuzzTarget.YAML.run(input);
  }
}
