package io.github.gkml.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.diff.CatalogDiffer;
import io.github.gkml.io.TableExporter;
import io.github.gkml.io.TableImportException;
import io.github.gkml.io.TableImporter;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DueDates;
import io.github.gkml.model.Item;
import io.github.gkml.model.WorkingCalendar;
import io.github.gkml.model.testing.CatalogGenerator;
import io.github.gkml.model.testing.RevisionGenerator;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.RevisionCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validators, differs, revision checks, calendars, the catalog reader and the table importer, each
 * one instance shared by many threads at once, give the same results as one thread. The threads run
 * first (so that lazily built state is built under contention), then one thread computes every
 * result again to compare.
 */
class ConcurrencyStressTest {

  static final int THREADS = 8;
  static final int WORKLOADS = 6;
  static final int ROUNDS = 4;

  static final CatalogValidator VALIDATOR = CatalogValidator.defaults();
  static final CatalogDiffer DIFFER = CatalogDiffer.defaults();
  static final RevisionCheck CHECK = RevisionCheck.defaults();
  static final DueDates DUE = DueDates.of(WorkingCalendar.china());
  static final CatalogFormat FORMAT = CatalogFormat.defaults();
  static final TableImporter IMPORTER = TableImporter.defaults();

  @TempDir static Path dir;

  /** One seeded workload: a catalog, a revision of it, and both written as files. */
  record Workload(long seed, Catalog older, Catalog newer, String yaml, Path table) {

    static Workload of(long seed) {
      Catalog older = CatalogGenerator.seeded(seed).catalog(40);
      Catalog newer = RevisionGenerator.seeded(seed).revise(older, RevisionGenerator.Mix.typical());
      Path table = dir.resolve("社会救助-" + seed + (seed % 2 == 0 ? ".xlsx" : ".html"));
      try {
        TableExporter.defaults().write(older, table);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Workload(seed, older, newer, FORMAT.toString(newer, CatalogSyntax.YAML), table);
    }
  }

  /** What is computed from a workload; each result is compared as a whole. */
  enum Task {
    VALIDATE(w -> VALIDATOR.validate(w.newer())),
    DIFF(w -> DIFFER.diff(w.older(), w.newer())),
    CHECK_REVISION(w -> CHECK.check(w.older(), w.newer())),
    CHECK_AGAINST_ITSELF(w -> CHECK.check(w.newer(), w.newer())),
    DUE_DATES(ConcurrencyStressTest::dueDates),
    READ_CATALOG(ConcurrencyStressTest::readCatalog),
    IMPORT_TABLE(ConcurrencyStressTest::importTable);

    final Function<Workload, Object> run;

    Task(Function<Workload, Object> run) {
      this.run = run;
    }
  }

  static Object dueDates(Workload w) {
    List<Object> due = new ArrayList<>();
    LocalDate trigger = LocalDate.of(2024, 9, 25).plusDays(w.seed() * 11);
    for (Item item : w.newer().items()) {
      Deadline deadline = item.deadline();
      if (deadline != null) {
        due.add(DUE.due(deadline, trigger));
      }
      due.add(DUE.calendar().plusWorkingDays(trigger, item.path().segments().size() * 7));
      due.add(DUE.calendar().isWorkingDay(trigger.plusDays(item.content().size())));
    }
    return due;
  }

  static Object readCatalog(Workload w) {
    try {
      return FORMAT.parse(w.yaml(), "目录-" + w.seed() + ".yaml", CatalogSyntax.YAML);
    } catch (CatalogFormatException e) {
      throw new AssertionError(e);
    }
  }

  static Object importTable(Workload w) {
    try {
      return IMPORTER.read(w.table()).catalogs().get(0).catalog();
    } catch (TableImportException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void every_shared_instance_gives_the_same_results_from_many_threads_as_from_one()
      throws Exception {
    List<Workload> workloads = new ArrayList<>();
    for (long seed = 0; seed < WORKLOADS; seed++) {
      workloads.add(Workload.of(seed));
    }
    Map<String, List<Object>> concurrent = new ConcurrentHashMap<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int round = 0; round < ROUNDS; round++) {
        for (Workload w : workloads) {
          for (Task task : Task.values()) {
            futures.add(
                pool.submit(
                    () -> {
                      start.await();
                      Object result = task.run.apply(w);
                      concurrent
                          .computeIfAbsent(key(task, w), k -> new java.util.Vector<>())
                          .add(result);
                      return null;
                    }));
          }
        }
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    for (Workload w : workloads) {
      for (Task task : Task.values()) {
        Object alone = task.run.apply(w);
        assertThat(concurrent.get(key(task, w)))
            .as("%s, seed %d", task, w.seed())
            .hasSize(ROUNDS)
            .allSatisfy(result -> assertThat(result).isEqualTo(alone));
      }
    }
    // The workloads are not trivial: there is something to find and to compare.
    assertThat(workloads)
        .anySatisfy(w -> assertThat(Task.CHECK_REVISION.run.apply(w)).asList().isNotEmpty());
    assertThat(workloads)
        .allSatisfy(w -> assertThat(Objects.requireNonNull(w.yaml())).isNotBlank());
  }

  private static String key(Task task, Workload w) {
    return task + "/" + w.seed();
  }
}
