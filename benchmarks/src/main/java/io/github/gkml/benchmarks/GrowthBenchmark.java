package io.github.gkml.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gkml.benchmarks.workload.CatalogFiles;
import io.github.gkml.benchmarks.workload.Mix;
import io.github.gkml.benchmarks.workload.ReadRevision;
import io.github.gkml.model.Catalog;
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
 * benchmarks/run.sh --growth} prints it). {@code diffAndCheck} diffs the catalogs read back from
 * the two files (see {@link ReadRevision}); {@code readAndCheck} reads the files as well, as one
 * run of {@code gkml diff} does. Only what the exponent needs is generated, so the 1M trial fits in
 * a 12 GiB heap (two catalogs of a million items take about 1.7 GiB; their JSON text and Jackson's
 * two trees of it several more).
 *
 * <p>The forks of this benchmark, {@link WorkloadBenchmark} and {@link HistoryBenchmark} commit and
 * touch their whole heap at start ({@code -Xms} = {@code -Xmx}, {@code -XX:+AlwaysPreTouch}): on a
 * virtualised machine the first touch of fresh memory is slow, and without it the iterations at
 * 100,000 items ranged from 200 to 500 ms with no collection in between — the operating system's
 * page faults, not the diff, were measured (docs/performance.md, run H).
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
    jvmArgsAppend = {"-Xmx12g", "-Xms12g", "-XX:+AlwaysPreTouch"})
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
    ReadRevision revision = ReadRevision.of(items, Mix.typical());
    oldJson = revision.oldJson();
    newJson = revision.newJson();
    older = revision.older();
    newer = revision.newer();
    check = RevisionCheck.defaults();
  }

  /** Limit: Jackson reading both JSON files into trees. */
  @Benchmark
  public JsonNode[] jacksonJsonBoth() throws IOException {
    return new JsonNode[] {JACKSON.readTree(oldJson), JACKSON.readTree(newJson)};
  }

  /**
   * End to end, as {@code gkml diff} does it: gkml reading both JSON files into catalogs, then the
   * diff and the revision check — nothing folded or hashed before the call.
   */
  @Benchmark
  public List<Finding> readAndCheck() {
    return check.check(CatalogFiles.readBack(oldJson), CatalogFiles.readBack(newJson));
  }

  /** The diff and the revision check of the two versions, already read. */
  @Benchmark
  public List<Finding> diffAndCheck() {
    return check.check(older, newer);
  }
}
