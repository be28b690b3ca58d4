package io.github.gkml.benchmarks;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.testing.CatalogGenerator;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.Finding;
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
 * Validating one generated catalog with every built-in rule (Bean Validation included), against the
 * cost of reading the same catalog from its JSON file — the limit validation must stay under. Items
 * per second = items / (average time).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Validation -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

  @Param({"100000"})
  int items;

  String json;
  Catalog catalog;
  CatalogValidator validator;

  /** A generated catalog, as an object and as the text of its JSON file. */
  @Setup(Level.Trial)
  public void generate() {
    catalog = CatalogGenerator.seeded(42).catalog(items);
    json = CatalogFormat.defaults().toString(catalog, CatalogSyntax.JSON);
    validator = CatalogValidator.builtIn();
  }

  /** The limit: gkml reading the file into a catalog (deadlines, citations, channels parsed). */
  @Benchmark
  public Catalog readJson() throws CatalogFormatException {
    return CatalogFormat.defaults().parse(json, "catalog.json", CatalogSyntax.JSON);
  }

  /** Every built-in rule over the catalog already read. */
  @Benchmark
  public List<Finding> validate() {
    return validator.validate(catalog);
  }
}
