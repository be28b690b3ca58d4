package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each {@link ReadLimits} limit, in both syntaxes: a catalog at the limit is read whole, one above
 * it is refused with a message naming the file and the limit.
 */
class ReadLimitsTest {

  static final ReadLimits DEFAULTS = ReadLimits.defaults();

  static String catalog(CatalogSyntax syntax, String title, String version, String... paths) {
    StringBuilder items = new StringBuilder();
    for (String path : paths) {
      items.append(items.length() == 0 ? "" : ", ").append("{\"path\": [\"").append(path);
      items.append("\"]}");
    }
    String json =
        "{\"format\": \"gkml-catalog/1\", \"domain\": \"社会救助\", \"title\": \""
            + title
            + "\", \"version\": "
            + version
            + ", \"items\": ["
            + items
            + "]}";
    // JSON is YAML; the YAML parser reads it through its own code.
    return syntax == CatalogSyntax.JSON ? json : json + "\n";
  }

  static Catalog read(ReadLimits limits, CatalogSyntax syntax, String text)
      throws CatalogFormatException {
    return CatalogFormat.defaults().withLimits(limits).parse(text, "目录.x", syntax);
  }

  @ParameterizedTest
  @EnumSource(CatalogSyntax.class)
  void a_text_value_at_the_limit_is_read_one_longer_is_refused(CatalogSyntax syntax)
      throws CatalogFormatException {
    String title = "长".repeat(50);
    String text = catalog(syntax, title, "1", "最低生活保障");

    assertThat(read(DEFAULTS.withMaxStringLength(50), syntax, text).metadata().title())
        .isEqualTo(title);
    assertThatThrownBy(() -> read(DEFAULTS.withMaxStringLength(49), syntax, text))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageStartingWith("目录.x:")
        .hasMessageContaining("a text value of 50 characters, more than the limit of 49")
        .hasMessageContaining("(ReadLimits.maxStringLength)");
  }

  @ParameterizedTest
  @EnumSource(CatalogSyntax.class)
  void a_number_at_the_limit_is_read_one_longer_is_refused(CatalogSyntax syntax)
      throws CatalogFormatException {
    String text = catalog(syntax, "目录", "20240", "最低生活保障");

    assertThat(read(DEFAULTS.withMaxNumberLength(5), syntax, text).metadata().version())
        .isEqualTo("20240");
    assertThatThrownBy(() -> read(DEFAULTS.withMaxNumberLength(4), syntax, text))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageMatching("目录\\.x:1:\\d+\\b.*")
        .hasMessageContaining("a number of 5 digits, more than the limit of 4")
        .hasMessageContaining("(ReadLimits.maxNumberLength)");
  }

  @ParameterizedTest
  @EnumSource(CatalogSyntax.class)
  void nesting_at_the_limit_is_read_one_deeper_is_refused(CatalogSyntax syntax)
      throws CatalogFormatException {
    // the catalog, its items, an item, its path: four levels
    String text = catalog(syntax, "目录", "1", "最低生活保障");

    assertThat(read(DEFAULTS.withMaxNestingDepth(4), syntax, text).items()).hasSize(1);
    assertThatThrownBy(() -> read(DEFAULTS.withMaxNestingDepth(3), syntax, text))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageStartingWith("目录.x")
        .hasMessageContaining("(ReadLimits.maxNestingDepth)");
  }

  @ParameterizedTest
  @EnumSource(CatalogSyntax.class)
  void items_at_the_limit_are_read_one_more_is_refused(CatalogSyntax syntax)
      throws CatalogFormatException {
    String text = catalog(syntax, "目录", "1", "最低生活保障", "临时救助");

    assertThat(read(DEFAULTS.withMaxItems(2), syntax, text).items()).hasSize(2);
    assertThatThrownBy(() -> read(DEFAULTS.withMaxItems(1), syntax, text))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageStartingWith("目录.x")
        .hasMessageContaining("more than 1 items");
  }

  @Test
  void a_file_at_the_size_limit_is_read_one_byte_more_is_refused(@TempDir Path dir)
      throws IOException, CatalogFormatException {
    Path file = dir.resolve("目录.json");
    Files.writeString(file, catalog(CatalogSyntax.JSON, "目录", "1", "最低生活保障"));
    long size = Files.size(file);
    CatalogFormat format = CatalogFormat.defaults();

    assertThat(format.withLimits(DEFAULTS.withMaxFileBytes(size)).read(file).items()).hasSize(1);
    assertThatThrownBy(() -> format.withLimits(DEFAULTS.withMaxFileBytes(size - 1)).read(file))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("more than the limit of " + (size - 1));
    byte[] bytes = Files.readAllBytes(file);
    assertThatThrownBy(
            () ->
                format
                    .withLimits(DEFAULTS.withMaxFileBytes(size - 1))
                    .load(new java.io.ByteArrayInputStream(bytes), "流", CatalogSyntax.JSON))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining("more than the limit of " + (size - 1));
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("最低生活保障");
  }

  @Test
  void every_limit_must_be_positive_and_the_defaults_are_documented() {
    assertThat(DEFAULTS)
        .isEqualTo(new ReadLimits(512L << 20, 64, 1 << 20, 2_000_000, 100))
        .isEqualTo(new ReadLimits(512L << 20, 64, 1 << 20, 2_000_000));
    assertThatThrownBy(() -> DEFAULTS.withMaxNumberLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxNumberLength");
    assertThatThrownBy(() -> DEFAULTS.withMaxStringLength(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
