package io.github.gkml.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gkml.diff.CatalogDiff;
import io.github.gkml.diff.CatalogDiffer;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.testing.CatalogGenerator;
import io.github.gkml.model.testing.RevisionGenerator;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RevisionCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The diff and the revision check of two generated catalogs with about 5% of items changed, against
 * the cost of just reading the two files with Jackson (the limit the ratio is tracked against).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Revision -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RevisionBenchmark {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Param({"1000", "10000", "100000"})
  int items;

  byte[] oldJson;
  byte[] newJson;
  Catalog older;
  Catalog newer;
  RevisionCheck check;

  /** Two versions of a generated catalog, as objects and as JSON files' bytes. */
  @Setup(Level.Trial)
  public void generate() {
    older = CatalogGenerator.seeded(42).catalog(items);
    newer = RevisionGenerator.seeded(42).revise(older, RevisionGenerator.Mix.typical());
    oldJson =
        CatalogFormat.defaults()
            .toString(older, CatalogSyntax.JSON)
            .getBytes(StandardCharsets.UTF_8);
    newJson =
        CatalogFormat.defaults()
            .toString(newer, CatalogSyntax.JSON)
            .getBytes(StandardCharsets.UTF_8);
    check = RevisionCheck.defaults();
  }

  /** The limit: Jackson reading both files into trees, nothing else. */
  @Benchmark
  public JsonNode[] jacksonReadsBothFiles() throws IOException {
    return new JsonNode[] {JACKSON.readTree(oldJson), JACKSON.readTree(newJson)};
  }

  /** gkml reading both files into catalogs (deadlines, citations and channels parsed). */
  @Benchmark
  public Catalog[] gkmlReadsBothFiles() throws CatalogFormatException {
    return new Catalog[] {read(oldJson), read(newJson)};
  }

  /** The diff alone. */
  @Benchmark
  public CatalogDiff diff() {
    return CatalogDiffer.defaults().diff(older, newer);
  }

  /** The diff and the revision check (the three principles), catalogs already read. */
  @Benchmark
  public List<Finding> diffAndCheck() {
    return check.check(older, newer);
  }

  private static Catalog read(byte[] json) throws CatalogFormatException {
    return CatalogFormat.defaults()
        .parse(new String(json, StandardCharsets.UTF_8), "catalog.json", CatalogSyntax.JSON);
  }
}
