package io.github.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Item;
import io.github.gkml.model.testing.CatalogGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Importing an export gives back the same catalog, for every format gkml writes. */
class RoundTripTest {

  static final List<String> NOTES =
      List.of("注:“■”表示必选项,“□”表示可选项。", "填表人:王芳\n审核人:李军", "本目录自2024年1月1日起施行,由县政务公开办负责解释。");

  static Stream<Arguments> seeds() {
    return Stream.of(TableFormat.XLSX, TableFormat.HTML, TableFormat.MD)
        .flatMap(f -> Stream.iterate(0L, s -> s + 1).limit(25).map(s -> Arguments.of(f, s)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("seeds")
  void import_of_an_export_gives_the_same_catalog(TableFormat format, long seed, @TempDir Path dir)
      throws IOException {
    // GIVEN a generated catalog with notes
    Catalog catalog = withNotes(CatalogGenerator.seeded(seed).catalog(1 + (int) (seed % 30)), seed);
    Path file = dir.resolve("目录-" + seed + "." + format.extensions().get(0));

    // WHEN it is exported and imported
    TableExporter.defaults().write(catalog, file);
    TableImport read = TableImporter.defaults().read(file);

    // THEN the one catalog read is the same, but for the items' sources
    assertThat(read.catalogs()).hasSize(1);
    assertThat(read.findings()).as("seed %d", seed).isEmpty();
    assertThat(withoutSources(read.catalogs().get(0).catalog()))
        .as("%s seed %d", format, seed)
        .isEqualTo(withoutSources(catalog));
  }

  static Catalog withNotes(Catalog catalog, long seed) {
    Random random = new Random(seed);
    int count = random.nextInt(NOTES.size() + 1);
    return catalog.withNotes(NOTES.subList(0, count));
  }

  static Catalog withoutSources(Catalog catalog) {
    return catalog.withItems(
        catalog.items().stream().map(i -> i.toBuilder().source(null).build()).toList());
  }

  static Item withoutSource(Item item) {
    return item.toBuilder().source(null).build();
  }
}
