/** Metrics of the cleaning evaluations that the benchmark module shares (the scrapinghub shingle F1). */
package dev.intisari.eval.clean;
