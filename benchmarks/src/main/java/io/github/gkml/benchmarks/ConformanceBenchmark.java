package io.github.gkml.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gkml.benchmarks.workload.CatalogFiles;
import io.github.gkml.benchmarks.workload.CatalogWorkload;
import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.rules.Baseline;
import io.github.gkml.rules.Conformance;
import io.github.gkml.rules.NationalBaselines;
import io.github.gkml.validation.Finding;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 对标 — one county's catalog in each of the 26 pilot domains (the baseline's county items, a few
 * left out or renamed, some local items; see {@link CatalogWorkload#county}) conformed to its
 * national baseline, against Jackson reading the 26 catalogs' JSON files.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Conformance -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ConformanceBenchmark {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  List<Catalog> counties;
  List<Baseline> baselines;
  List<byte[]> files;
  Conformance conformance;

  /** A county catalog per domain, its baseline, and its JSON file. */
  @Setup(Level.Trial)
  public void generate() {
    CatalogWorkload workload = CatalogWorkload.seeded(42);
    counties = new ArrayList<>();
    baselines = new ArrayList<>();
    int county = 0;
    for (PilotDomain domain : PilotDomain.values()) {
      counties.add(workload.county(domain, county++));
      baselines.add(NationalBaselines.of(domain));
    }
    files = counties.stream().map(c -> CatalogFiles.bytes(c, CatalogSyntax.JSON)).toList();
    conformance = Conformance.defaults();
  }

  /** Limit: Jackson reading the 26 files into trees. */
  @Benchmark
  public List<JsonNode> jacksonFiles() throws IOException {
    List<JsonNode> trees = new ArrayList<>(files.size());
    for (byte[] file : files) {
      trees.add(JACKSON.readTree(file));
    }
    return trees;
  }

  /** Each county catalog conformed to its domain's baseline at the county level. */
  @Benchmark
  public List<List<Finding>> conform() {
    List<List<Finding>> findings = new ArrayList<>(counties.size());
    for (int i = 0; i < counties.size(); i++) {
      findings.add(conformance.conform(counties.get(i), baselines.get(i), AdminLevel.COUNTY));
    }
    return findings;
  }
}
