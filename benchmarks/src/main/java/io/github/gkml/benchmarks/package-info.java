/**
 * JMH benchmarks on generated catalogs ({@code WorkloadBenchmark}, {@code GrowthBenchmark}, {@code
 * HistoryBenchmark}, {@code ConformanceBenchmark}, {@code ImportBenchmark}), each beside the time
 * Jackson or POI takes merely to read the same input; of the working-day calendar ({@code
 * DueDateBenchmark}) and of deadline comparison ({@code CompareBenchmark}); and the side-by-side
 * run with the peers ({@code PeerComparison}). See {@code docs/performance.md} and {@code
 * benchmarks/run.sh}.
 */
@NullMarked
package io.github.gkml.benchmarks;

import org.jspecify.annotations.NullMarked;
