package io.github.gkml.benchmarks;

import io.github.gkml.benchmarks.workload.CatalogFiles;
import io.github.gkml.benchmarks.workload.CatalogWorkload;
import io.github.gkml.io.TableImport;
import io.github.gkml.io.TableImporter;
import io.github.gkml.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Importing a generated catalog ({@link CatalogWorkload}) of 10,000 or 100,000 items from an {@code
 * .xlsx} workbook in the national template layout (written by {@code gkml export}), against POI's
 * own streaming read of the same file (SAX over each sheet, every cell formatted and counted — the
 * floor any streaming import stands on). Run with {@code -prof gc} for the allocation per import;
 * the fork's heap is capped at 512 MiB, so a whole-workbook DOM (which needs several GiB for this
 * file) would fail it.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Import -f 1 -wi 1 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m"})
public class ImportBenchmark {

  @Param({"10000", "100000"})
  int rows;

  Path file;

  /** A generated catalog of {@code rows} items, exported as a workbook. */
  @Setup(Level.Trial)
  public void write() throws IOException {
    Catalog catalog = CatalogWorkload.seeded(2024).catalog(rows);
    file = CatalogFiles.writeXlsx(catalog, Files.createTempFile("gkml-import-benchmark-", ".xlsx"));
  }

  /** Deletes the workbook. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /** gkml: the workbook read into catalogs, every item built. */
  @Benchmark
  public TableImport gkmlImport() throws IOException {
    TableImport read =
        TableImporter.defaults()
            .withLimits(io.github.gkml.io.TableLimits.defaults().withMaxRows(rows + 100))
            .read(file);
    if (read.catalogs().get(0).catalog().items().size() != rows) {
      throw new IllegalStateException(
          "items lost: " + read.catalogs().get(0).catalog().items().size());
    }
    return read;
  }

  /** POI alone: every sheet streamed with its SAX handler, every cell formatted, nothing kept. */
  @Benchmark
  public long poiStreaming() throws Exception {
    long[] cells = new long[1];
    OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    try {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(
              new XSSFSheetXMLHandler(
                  reader.getStylesTable(),
                  null,
                  strings,
                  new Counter(cells),
                  new DataFormatter(Locale.ROOT),
                  false));
          parser.parse(new InputSource(in));
        }
      }
    } finally {
      pkg.revert();
    }
    return cells[0];
  }

  /** Counts the cells POI reports. */
  private static final class Counter implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final long[] cells;

    Counter(long[] cells) {
      this.cells = cells;
    }

    @Override
    public void startRow(int rowNum) {}

    @Override
    public void endRow(int rowNum) {}

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      if (value != null && !value.isEmpty()) {
        cells[0]++;
      }
    }
  }
}
