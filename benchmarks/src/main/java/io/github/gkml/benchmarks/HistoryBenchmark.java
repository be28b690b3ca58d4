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
import java.util.ArrayList;
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
 * The history of 10 versions of a generated catalog (each a typical revision of the one before):
 * {@link RevisionCheck#historyOf} over the ten, against Jackson reading the ten JSON files.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar History -f 1 -wi 2 -i 3 -p items=10000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-Xms6g", "-XX:+AlwaysPreTouch"})
public class HistoryBenchmark {

  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final int VERSIONS = 10;

  @Param({"1000", "10000", "100000"})
  int items;

  List<Catalog> versions;
  List<byte[]> files;
  RevisionCheck check;

  /** Ten versions and their JSON files. */
  @Setup(Level.Trial)
  public void generate() {
    CatalogWorkload workload = CatalogWorkload.seeded(42);
    RevisionWorkload revisions = RevisionWorkload.of(workload, 7);
    versions = new ArrayList<>();
    versions.add(workload.catalog(items));
    while (versions.size() < VERSIONS) {
      versions.add(revisions.revise(versions.get(versions.size() - 1), Mix.typical()).newer());
    }
    files = versions.stream().map(v -> CatalogFiles.bytes(v, CatalogSyntax.JSON)).toList();
    versions = files.stream().map(CatalogFiles::readBack).toList();
    check = RevisionCheck.defaults();
  }

  /** Limit: Jackson reading the ten files into trees. */
  @Benchmark
  public List<JsonNode> jacksonTenFiles() throws IOException {
    List<JsonNode> trees = new ArrayList<>(VERSIONS);
    for (byte[] file : files) {
      trees.add(JACKSON.readTree(file));
    }
    return trees;
  }

  /** The revision check of each version against every earlier one (45 pairs), catalogs read. */
  @Benchmark
  public List<Finding> history() {
    return check.historyOf(versions);
  }
}
