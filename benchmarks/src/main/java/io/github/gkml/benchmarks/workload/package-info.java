/**
 * Seeded, deterministic workloads for the benchmarks: catalogs of any size drawn from the rows of
 * the 26 national baselines ({@link io.github.gkml.benchmarks.workload.CatalogWorkload}), revisions
 * with a chosen mix of changes and the truth of what changed ({@link
 * io.github.gkml.benchmarks.workload.RevisionWorkload}, {@link
 * io.github.gkml.benchmarks.workload.Oracle}), and the files they are written as.
 */
@NullMarked
package io.github.gkml.benchmarks.workload;

import org.jspecify.annotations.NullMarked;
