/**
 * JMH benchmarks of the working-day calendar ({@code DueDateBenchmark}) and of deadline comparison
 * ({@code CompareBenchmark}). Run with {@code java -jar benchmarks/target/benchmarks.jar}.
 */
@NullMarked
package io.github.gkml.benchmarks;

import org.jspecify.annotations.NullMarked;
