/**
 * The synthetic story stream used by the benchmarks and the scale tests: one deterministic, seeded
 * generator of Indonesian-like news articles with story bursts, syndicated copies and boilerplate.
 */
package dev.intisari.app.bench;
