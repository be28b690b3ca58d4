package io.github.gkml.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gkml.benchmarks.workload.CatalogFiles;
import io.github.gkml.benchmarks.workload.CatalogWorkload;
import io.github.gkml.benchmarks.workload.Mix;
import io.github.gkml.benchmarks.workload.RevisionWorkload;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RevisionCheck;
import java.io.IOException;
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
 * How the diff and revision check grow from 10,000 to 1,000,000 items, beside how Jackson's read of
 * the two files grows: the exponent {@code log(t(1M) / t(10k)) / log(100)} ({@code
 * benchmarks/run.sh --growth} prints it). Only what the exponent needs is generated, so the 1M
 * trial fits in a 12 GiB heap (two catalogs of a million items take about 2.2 GiB; their JSON text
 * and Jackson's two trees of it several more).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Growth -f 1 -p items=10000,1000000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx12g"})
public class GrowthBenchmark {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Param({"10000", "1000000"})
  int items;

  byte[] oldJson;
  byte[] newJson;
  Catalog older;
  Catalog newer;
  RevisionCheck check;

  /** The catalog, a typical revision, and their JSON files. */
  @Setup(Level.Trial)
  public void generate() {
    CatalogWorkload workload = CatalogWorkload.seeded(42);
    older = workload.catalog(items);
    newer = RevisionWorkload.of(workload, 7).revise(older, Mix.typical()).newer();
    oldJson = CatalogFiles.bytes(older, CatalogSyntax.JSON);
    newJson = CatalogFiles.bytes(newer, CatalogSyntax.JSON);
    check = RevisionCheck.defaults();
  }

  /** Limit: Jackson reading both JSON files into trees. */
  @Benchmark
  public JsonNode[] jacksonJsonBoth() throws IOException {
    return new JsonNode[] {JACKSON.readTree(oldJson), JACKSON.readTree(newJson)};
  }

  /** The diff and the revision check of the two versions, already read. */
  @Benchmark
  public List<Finding> diffAndCheck() {
    return check.check(older, newer);
  }
}
