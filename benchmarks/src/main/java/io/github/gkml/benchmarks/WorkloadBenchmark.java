package io.github.gkml.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.gkml.benchmarks.workload.CatalogFiles;
import io.github.gkml.benchmarks.workload.CatalogWorkload;
import io.github.gkml.benchmarks.workload.Mix;
import io.github.gkml.benchmarks.workload.ReadRevision;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.Channel;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DueDate;
import io.github.gkml.model.DueDates;
import io.github.gkml.model.Item;
import io.github.gkml.model.WorkingCalendar;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.ComplianceSummary;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.PublicationCheck;
import io.github.gkml.validation.PublicationRecord;
import io.github.gkml.validation.RevisionCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.openjdk.jmh.infra.Blackhole;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Every operation on one generated catalog of {@code items} items (the 26 domains' baseline rows,
 * varied; see {@link CatalogWorkload}) and a typical revision of it, each beside its limit — the
 * time Jackson takes merely to read the same input. The ratio to the limit is the figure tracked:
 *
 * <ul>
 *   <li>{@code readJson} and {@code readYaml}: gkml reading one file into a catalog (deadlines,
 *       citations, channels parsed), against {@code jacksonJson} / {@code jacksonYaml} reading it
 *       into a tree;
 *   <li>{@code validate}: every built-in rule, against {@code jacksonJson};
 *   <li>{@code diffAndCheck}: the diff and the revision check of the two versions, against {@code
 *       jacksonJsonBoth} (both files);
 *   <li>{@code dueDates}: the due date of every item's deadline for one trigger day, against {@code
 *       jacksonJson};
 *   <li>{@code complianceRecords}: {@link PublicationCheck#checkAll} over one publication record
 *       per item, against {@code jacksonRecords} reading the same records as JSON.
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Workload -f 1 -wi 2 -i 3 -p items=10000,100000
 * java -Xmx12g -jar benchmarks/target/benchmarks.jar 'Workload.(diffAndCheck|jacksonJsonBoth)' \
 *     -f 1 -wi 1 -i 3 -p items=1000000 -jvmArgs -Xmx12g
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
public class WorkloadBenchmark {

  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final YAMLMapper JACKSON_YAML = yamlMapper();
  private static final LocalDate FORMED = LocalDate.of(2025, 3, 3);
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  @Param({"1000", "10000", "100000"})
  int items;

  byte[] oldJson;
  byte[] newJson;
  String oldJsonText;
  String oldYamlText;
  byte[] recordsJson;
  Catalog older;
  Catalog newer;
  List<PublicationRecord> records;
  CatalogValidator validator;
  RevisionCheck check;
  PublicationCheck publication;
  DueDates dueDates;

  /** The catalog, a typical revision, their files, and one publication record per item. */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    ReadRevision revision = ReadRevision.of(items, Mix.typical());
    oldJson = revision.oldJson();
    newJson = revision.newJson();
    older = revision.older();
    newer = revision.newer();
    oldJsonText = new String(oldJson, StandardCharsets.UTF_8);
    oldYamlText = new String(CatalogFiles.bytes(older, CatalogSyntax.YAML), StandardCharsets.UTF_8);
    records = records(older);
    recordsJson = JACKSON.writeValueAsBytes(recordsAsJson(records));
    validator = CatalogValidator.builtIn();
    check = RevisionCheck.defaults();
    publication = PublicationCheck.of(older);
    dueDates = DueDates.of(WorkingCalendar.china());
  }

  /** Limit: Jackson reading the old version's JSON file into a tree. */
  @Benchmark
  public JsonNode jacksonJson() throws IOException {
    return JACKSON.readTree(oldJsonText);
  }

  /** Limit: Jackson reading both versions' JSON files into trees. */
  @Benchmark
  public JsonNode[] jacksonJsonBoth() throws IOException {
    return new JsonNode[] {JACKSON.readTree(oldJson), JACKSON.readTree(newJson)};
  }

  /** Limit: Jackson reading the old version's YAML file into a tree. */
  @Benchmark
  public JsonNode jacksonYaml() throws IOException {
    return JACKSON_YAML.readTree(oldYamlText);
  }

  /** Limit: Jackson reading the publication records (one per item) as JSON. */
  @Benchmark
  public JsonNode jacksonRecords() throws IOException {
    return JACKSON.readTree(recordsJson);
  }

  /** gkml reading the JSON file into a catalog. */
  @Benchmark
  public Catalog readJson() throws CatalogFormatException {
    return CatalogFiles.format().parse(oldJsonText, "catalog.json", CatalogSyntax.JSON);
  }

  /** gkml reading the YAML file into a catalog. */
  @Benchmark
  public Catalog readYaml() throws CatalogFormatException {
    return CatalogFiles.format().parse(oldYamlText, "catalog.yaml", CatalogSyntax.YAML);
  }

  /** Every built-in rule over the catalog already read. */
  @Benchmark
  public List<Finding> validate() {
    return validator.validate(older);
  }

  /** The diff and the revision check (the three principles), both versions already read. */
  @Benchmark
  public List<Finding> diffAndCheck() {
    return check.check(older, newer);
  }

  /** The due date of every item's deadline for information formed on one day. */
  @Benchmark
  public void dueDates(Blackhole sink) {
    for (Item item : older.items()) {
      Deadline deadline = item.deadline();
      if (deadline != null) {
        DueDate due = dueDates.due(deadline, FORMED);
        sink.consume(due);
      }
    }
  }

  /** Every publication record checked against the catalog, results handed on, tallies kept. */
  @Benchmark
  public ComplianceSummary complianceRecords(Blackhole sink) {
    return publication.checkAll(records.iterator(), AS_OF, sink::consume);
  }

  /** Jackson's YAML reader, without SnakeYAML's 3 MiB document limit (gkml reads with none). */
  private static YAMLMapper yamlMapper() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
  }

  /**
   * One record per item: published on its first channel 0 to 30 days after the information was
   * formed (some late), one in ten not yet published.
   */
  private static List<PublicationRecord> records(Catalog catalog) {
    List<PublicationRecord> records = new ArrayList<>(catalog.items().size());
    int i = 0;
    for (Item item : catalog.items()) {
      PublicationRecord record = PublicationRecord.formed("r" + i, item.path(), FORMED);
      if (i % 10 != 0) {
        Set<Channel> channels = item.channels();
        record =
            record.publishedOn(
                FORMED.plusDays(i % 31),
                channels.isEmpty() ? Set.of() : Set.of(channels.iterator().next()));
      }
      records.add(record);
      i++;
    }
    return records;
  }

  private static ArrayNode recordsAsJson(List<PublicationRecord> records) {
    ArrayNode array = JACKSON.createArrayNode();
    for (PublicationRecord record : records) {
      ObjectNode node = array.addObject();
      node.put("id", record.id());
      ArrayNode path = node.putArray("item");
      record.item().segments().forEach(path::add);
      node.put("formedOn", record.formedOn().toString());
      LocalDate published = record.publishedOn();
      if (published != null) {
        node.put("publishedOn", published.toString());
      }
      ArrayNode channels = node.putArray("channels");
      record.channels().forEach(c -> channels.add(c.label()));
    }
    return array;
  }
}
