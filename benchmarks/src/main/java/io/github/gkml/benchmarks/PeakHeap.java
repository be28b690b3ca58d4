package io.github.gkml.benchmarks;

import io.github.gkml.benchmarks.workload.CatalogFiles;
import io.github.gkml.benchmarks.workload.CatalogWorkload;
import io.github.gkml.benchmarks.workload.Mix;
import io.github.gkml.benchmarks.workload.RevisionWorkload;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RevisionCheck;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * 内存峰值 — the heap a diff and revision check needs, observed rather than bounded: reads two catalog
 * files with gkml, measures the live heap they take, resets the heap pools' peaks, runs the diff
 * and check, and prints the peak (catalogs and not-yet-collected garbage included) as a multiple of
 * the catalogs. Run it under a small {@code -Xmx} to see that the whole read, diff and check
 * completes there. Writing the files is a separate step, so that generating them does not count.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks.jar io.github.gkml.benchmarks.PeakHeap write 100000 old.json new.json
 * java -Xmx662m -cp benchmarks.jar io.github.gkml.benchmarks.PeakHeap measure old.json new.json
 * </pre>
 */
public final class PeakHeap {

  private PeakHeap() {}

  /**
   * Writes a generated catalog and its typical revision, or measures the diff of two files.
   *
   * @param args {@code write ITEMS OLD NEW} or {@code measure OLD NEW}
   * @throws IOException if a file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 4 && args[0].equals("write")) {
      CatalogWorkload workload = CatalogWorkload.seeded(42);
      Catalog older = workload.catalog(Integer.parseInt(args[1]));
      Catalog newer = RevisionWorkload.of(workload, 7).revise(older, Mix.typical()).newer();
      CatalogFiles.write(older, CatalogSyntax.JSON, Path.of(args[2]));
      CatalogFiles.write(newer, CatalogSyntax.JSON, Path.of(args[3]));
    } else if (args.length == 3 && args[0].equals("measure")) {
      measure(Path.of(args[1]), Path.of(args[2]));
    } else {
      throw new IllegalArgumentException(
          "usage: PeakHeap write ITEMS OLD.json NEW.json | PeakHeap measure OLD.json NEW.json");
    }
  }

  private static void measure(Path oldFile, Path newFile) throws IOException {
    CatalogFormat format = CatalogFiles.format();
    long base = liveHeap();
    Catalog older = format.load(oldFile).catalog();
    Catalog newer = format.load(newFile).catalog();
    long catalogs = liveHeap() - base;

    List<MemoryPoolMXBean> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    List<Finding> findings = RevisionCheck.defaults().check(older, newer);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

    System.out.printf(
        Locale.ROOT,
        "items %d, catalogs %.1f MiB live; heap peak during diff + check %.1f MiB = %.2f× the"
            + " catalogs (catalogs and uncollected garbage included); %d findings in %d ms;"
            + " -Xmx %d MiB%n",
        older.items().size(),
        catalogs / 1048576.0,
        peak / 1048576.0,
        (double) peak / catalogs,
        findings.size(),
        millis,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /** The heap in use after full collections (explicit: this measures the live heap). */
  private static long liveHeap() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
