/**
 * Benchmarks: JMH benchmarks of each stage on the synthetic story stream
 * ({@code java -jar intisari-bench/target/benchmarks.jar}), and {@link dev.intisari.bench.ExtractorComparison},
 * Intisari's HTML extraction next to boilerpipe, Readability4J and a bare jsoup pass on the same pages.
 */
package dev.intisari.bench;
