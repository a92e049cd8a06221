/**
 * The scale-out runner: the core pipeline as an Apache Flink streaming job ({@link dev.intisari.flink.IntisariJob}),
 * reading raw articles from Kafka and writing articles and stories to OpenSearch and story updates to Kafka.
 * It adapts the core stages and reimplements none; see docs/scale-out.md.
 */
package dev.intisari.flink;
