/**
 * The monitoring benchmark: {@link de.kekiz.fixtures.NrwDatensatz} (in the test kit) generates an
 * NRW-scale data set Kommune by Kommune from a fixed seed, {@link
 * de.kekiz.benchmark.MonitoringBenchmark} runs the full analysis on it and reports throughput and
 * heap. Not a test: run it with {@code ./mvnw -B -q -pl kekiz-core test-compile exec:exec}.
 */
@NullMarked
package de.kekiz.benchmark;

import org.jspecify.annotations.NullMarked;
