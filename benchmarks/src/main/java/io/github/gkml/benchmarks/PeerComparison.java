package io.github.gkml.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gkml.benchmarks.workload.CatalogFiles;
import io.github.gkml.benchmarks.workload.CatalogWorkload;
import io.github.gkml.benchmarks.workload.Mix;
import io.github.gkml.benchmarks.workload.Oracle;
import io.github.gkml.benchmarks.workload.Revision;
import io.github.gkml.benchmarks.workload.RevisionWorkload;
import io.github.gkml.diff.CatalogDiff;
import io.github.gkml.diff.CatalogDiffer;
import io.github.gkml.diff.Change;
import io.github.gkml.diff.ItemMatch;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.validation.RevisionCheck;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * gkml's diff beside its peers, in one run on the same generated revisions: a generic JSON diff
 * (zjsonpatch, RFC 6902 patches of the two catalogs' JSON trees) and a table diff (daff, run by
 * node on the two catalogs' CSV exports). For each size and {@linkplain Mix mix} it prints the
 * median time (and the spread, min–max) of reading both files with Jackson (the limit), of gkml
 * reading them, of gkml's diff with the revision check, and of each peer; the memory each holds or
 * allocates; and whether each result is <em>right</em> — what it reports as added, removed,
 * renamed, edited and moved, against the {@link Oracle} of what the generator did.
 *
 * <pre>
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar io.github.gkml.benchmarks.PeerComparison \
 *     --sizes 1000,10000,100000 --runs 5 --daff benchmarks/peers/daff-diff.js
 * </pre>
 *
 * <p>Not JMH: the peers run in another process (node), and a right-or-wrong verdict is not a
 * timing. Timings are wall-clock medians after {@code --warmup} untimed runs.
 */
public final class PeerComparison {

  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private final int runs;
  private final int warmup;
  private final int peersUpTo;
  private final int daffUpTo;
  private final long timeoutSeconds;
  private final Path daffScript;
  private final List<String> rows = new ArrayList<>();

  /** Tools (with the mix) stopped at a smaller size: not run again at a larger one. */
  private final Set<String> stopped = new HashSet<>();

  private PeerComparison(
      int runs, int warmup, int peersUpTo, int daffUpTo, long timeoutSeconds, Path daffScript) {
    this.runs = runs;
    this.warmup = warmup;
    this.peersUpTo = peersUpTo;
    this.daffUpTo = daffUpTo;
    this.timeoutSeconds = timeoutSeconds;
    this.daffScript = daffScript;
  }

  /**
   * Runs the comparison and prints a Markdown table.
   *
   * @param args {@code --sizes 1000,10000}, {@code --mixes typical,reorder,resorted}, {@code --runs
   *     5}, {@code --warmup 2}, {@code --peers-up-to 100000} (zjsonpatch is skipped above), {@code
   *     --daff-up-to 100000}, {@code --timeout 120} (seconds per daff run), {@code --daff
   *     benchmarks/peers/daff-diff.js}
   */
  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(1_000, 10_000, 100_000);
    List<String> mixes = List.of("typical", "reorder", "resorted");
    int runs = 5;
    int warmup = 2;
    int peersUpTo = 100_000;
    int daffUpTo = 100_000;
    long timeout = 120;
    Path daff = Path.of("benchmarks/peers/daff-diff.js");
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
        case "--mixes" -> mixes = List.of(value.split(","));
        case "--runs" -> runs = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--peers-up-to" -> peersUpTo = Integer.parseInt(value);
        case "--daff-up-to" -> daffUpTo = Integer.parseInt(value);
        case "--timeout" -> timeout = Long.parseLong(value);
        case "--daff" -> daff = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    PeerComparison comparison =
        new PeerComparison(runs, warmup, peersUpTo, daffUpTo, timeout, daff);
    System.out.println(
        "| items | mix | tool | time ms, median (min–max) | × Jackson read | memory | right? |"
            + " reported (added/removed/renamed/edited/moved) |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (int size : sizes) {
      for (String mix : mixes) {
        comparison.compare(size, mix);
      }
    }
  }

  private void compare(int size, String mixName) throws Exception {
    CatalogWorkload items = CatalogWorkload.seeded(42);
    Catalog generated = items.catalog(size);
    Revision revision = RevisionWorkload.of(items, 7).revise(generated, Mix.named(mixName));
    Counts truth = truth(revision);
    byte[] oldJson = CatalogFiles.bytes(revision.older(), CatalogSyntax.JSON);
    byte[] newJson = CatalogFiles.bytes(revision.newer(), CatalogSyntax.JSON);
    String label = "| " + size + " | " + mixName + " | ";

    Timing jackson = time(() -> readTrees(oldJson, newJson));
    print(label + "Jackson reads both JSON files (limit)", jackson, jackson, "", "", "");

    long before = liveHeap();
    Catalog[] read = readCatalogs(oldJson, newJson);
    long catalogsBytes = liveHeap() - before;
    Timing gkmlRead = time(() -> readCatalogs(oldJson, newJson));
    print(
        label + "gkml reads both JSON files",
        gkmlRead,
        jackson,
        "catalogs " + mib(catalogsBytes),
        "",
        "");

    RevisionCheck check = RevisionCheck.defaults();
    Catalog older = read[0];
    Catalog newer = read[1];
    Timing gkml = time(() -> check.check(older, newer));
    CatalogDiff diff = CatalogDiffer.defaults().diff(older, newer);
    long retained = liveHeap() - before - catalogsBytes;
    long allocated = allocated(() -> check.check(older, newer));
    boolean gkmlRight = isRight(diff, revision.truth());
    print(
        label + "**gkml diff + revision check**",
        gkml,
        jackson,
        "diff keeps "
            + mib(retained)
            + " ("
            + ratio(retained, catalogsBytes)
            + " of catalogs),"
            + " allocates "
            + mib(allocated),
        gkmlRight ? "yes" : "**no**",
        counts(diff) + " (truth " + truth + ")");

    Path dir = Files.createTempDirectory("gkml-peers-");
    try {
      Path oldFile = Files.write(dir.resolve("old.json"), oldJson);
      Path newFile = Files.write(dir.resolve("new.json"), newJson);
      Path oldCsv = CatalogFiles.writeCsv(revision.older(), dir.resolve("old.csv"));
      Path newCsv = CatalogFiles.writeCsv(revision.newer(), dir.resolve("new.csv"));
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String heap = "-Xmx" + Runtime.getRuntime().maxMemory() / 1048576 + "m";
      peer(
          label + "zjsonpatch 0.4.16 on the JSON trees",
          size,
          size <= peersUpTo,
          List.of(
              java,
              heap,
              "-cp",
              System.getProperty("java.class.path"),
              ZjsonpatchPeer.class.getName(),
              oldFile.toString(),
              newFile.toString(),
              String.valueOf(runs),
              String.valueOf(warmup)),
          truth,
          jackson);
      peer(
          label + "daff 1.4.2 on the CSV exports (node)",
          size,
          size <= daffUpTo && Files.exists(daffScript),
          List.of("node", daffScript.toString(), oldCsv.toString(), newCsv.toString()),
          truth,
          jackson);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
    rows.forEach(System.out::println);
    rows.clear();
  }

  /**
   * Runs a peer in its own process, which prints one JSON line: its times ({@code nanos}, or one
   * {@code diffMs} per process for daff), its memory, and what it reported.
   */
  private void peer(
      String tool, int size, boolean run, List<String> command, Counts truth, Timing limit)
      throws IOException, InterruptedException {
    String toolAndMix = tool.substring(tool.indexOf(" | ") + 3);
    if (stopped.contains(toolAndMix)) {
      print(tool, null, limit, "not run: stopped at a smaller size", "**no** (no result)", "");
      return;
    }
    if (!run) {
      print(tool, null, limit, "not run at this size", "–", "");
      return;
    }
    // daff is timed once per process (its own warm-up aside): up to 3 processes, 1 from 100k items.
    int processes =
        command.get(0).equals("node") ? (size >= 100_000 ? 1 : Math.max(1, Math.min(runs, 3))) : 1;
    List<Long> times = new ArrayList<>();
    JsonNode out = JACKSON.createObjectNode();
    for (int p = 0; p < processes; p++) {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] printed;
      try (var in = process.getInputStream()) {
        java.util.concurrent.Future<byte[]> reading =
            java.util.concurrent.ForkJoinPool.commonPool().submit(in::readAllBytes);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
          stopped.add(toolAndMix);
          print(
              tool,
              null,
              limit,
              "stopped after " + timeoutSeconds + " s",
              "**no** (no result)",
              "");
          return;
        }
        printed = reading.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException(e);
      }
      String text = new String(printed, StandardCharsets.UTF_8).trim();
      int json = text.lastIndexOf("\n{");
      out = JACKSON.readTree(json < 0 ? text : text.substring(json + 1));
      if (out.has("nanos")) {
        out.get("nanos").forEach(t -> times.add(t.asLong()));
      } else {
        times.add(Math.round(out.get("diffMs").asDouble() * 1_000_000));
      }
    }
    Counts reported =
        new Counts(
            out.get("added").asInt(),
            out.get("removed").asInt(),
            out.get("renamed").asInt(),
            out.get("edited").asInt(),
            out.get("moved").asInt());
    String memory =
        out.has("allocatedBytes")
            ? out.get("ops").asInt() + " ops, allocates " + mib(out.get("allocatedBytes").asLong())
            : String.format(
                Locale.ROOT,
                "node peak RSS %.0f MiB; CSV parse %.0f ms",
                out.get("maxRssMb").asDouble(),
                out.get("parseMs").asDouble());
    print(
        tool,
        new Timing(times.stream().mapToLong(Long::longValue).toArray()),
        limit,
        memory,
        reported.equals(truth) ? "yes" : "**no**",
        reported.toString());
  }

  /** What a right diff reports: the generator's changes, edits that changed nothing left out. */
  private static Counts truth(Revision revision) {
    Oracle truth = revision.truth();
    int edited = 0;
    for (int n = 0; n < truth.newSize(); n++) {
      if (truth.kind(n) == Oracle.Kind.EDITED
          && !revision
              .older()
              .items()
              .get(truth.oldIndex(n))
              .equals(revision.newer().items().get(n))) {
        edited++;
      }
    }
    return new Counts(
        truth.count(Oracle.Kind.INSERTED),
        truth.removals(),
        truth.count(Oracle.Kind.RENAMED),
        edited,
        0);
  }

  /**
   * Whether every match pairs the items the generator paired (by code, path or rename detection),
   * the renamed ones reported as renamed, and nothing else matched.
   */
  private static boolean isRight(CatalogDiff diff, Oracle truth) {
    for (ItemMatch match : diff.matches()) {
      int n = match.newIndex();
      boolean renamed = !match.oldItem().path().key().equals(match.newItem().path().key());
      if (truth.oldIndex(n) != match.oldIndex()
          || renamed != (truth.kind(n) == Oracle.Kind.RENAMED)) {
        return false;
      }
    }
    return diff.matches().size() + truth.count(Oracle.Kind.INSERTED) == truth.newSize();
  }

  private static Counts counts(CatalogDiff diff) {
    int added = 0;
    int removed = 0;
    int renamed = 0;
    Set<Integer> edited = new HashSet<>();
    for (Change change : diff.changes()) {
      if (change instanceof Change.ItemAdded) {
        added++;
      } else if (change instanceof Change.ItemRemoved) {
        removed++;
      } else if (change instanceof Change.ItemRenamed) {
        renamed++;
      } else {
        edited.add(change.newIndex());
      }
    }
    return new Counts(added, removed, renamed, edited.size(), 0);
  }

  private static JsonNode[] readTrees(byte[] oldJson, byte[] newJson) {
    try {
      return new JsonNode[] {JACKSON.readTree(oldJson), JACKSON.readTree(newJson)};
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Catalog[] readCatalogs(byte[] oldJson, byte[] newJson) {
    return new Catalog[] {CatalogFiles.readBack(oldJson), CatalogFiles.readBack(newJson)};
  }

  private Timing time(Supplier<?> work) {
    for (int i = 0; i < warmup; i++) {
      consume(work.get());
    }
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      consume(work.get());
      times[i] = System.nanoTime() - start;
    }
    return new Timing(times);
  }

  private static volatile int sink;

  private static void consume(Object result) {
    sink ^= System.identityHashCode(result);
  }

  /** Bytes allocated by this thread while doing the work once. */
  private static long allocated(Supplier<?> work) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long start = threads.getThreadAllocatedBytes(id);
    consume(work.get());
    return threads.getThreadAllocatedBytes(id) - start;
  }

  /** The heap in use after full collections: what is reachable. */
  private static long liveHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  private void print(
      String tool,
      @Nullable Timing timing,
      Timing limit,
      String memory,
      String right,
      String reported) {
    String time = timing == null ? "–" : timing.toString();
    String ratio = timing == null ? "–" : String.format(Locale.ROOT, "%.2f", timing.ratio(limit));
    rows.add(
        tool + " | " + time + " | " + ratio + " | " + memory + " | " + right + " | " + reported
            + " |");
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }

  private static String ratio(long part, long whole) {
    return String.format(Locale.ROOT, "%.2f×", (double) part / Math.max(1, whole));
  }

  /** What a diff reports, item by item. */
  private record Counts(int added, int removed, int renamed, int edited, int moved) {
    @Override
    public String toString() {
      return added + "/" + removed + "/" + renamed + "/" + edited + "/" + moved;
    }
  }

  /** Wall-clock times of the timed runs, in nanoseconds. */
  private static final class Timing {
    private final long[] nanos;

    Timing(long[] nanos) {
      this.nanos = nanos.clone();
    }

    double median() {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      int mid = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    double ratio(Timing limit) {
      return median() / limit.median();
    }

    @Override
    public String toString() {
      long min = Arrays.stream(nanos).min().orElse(0);
      long max = Arrays.stream(nanos).max().orElse(0);
      return String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", median() / 1e6, min / 1e6, max / 1e6);
    }
  }
}
