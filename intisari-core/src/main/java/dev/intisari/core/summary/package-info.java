/**
 * Intisari Utama: grounded key points of articles and stories, each citing the sentences it comes from,
 * derivable from its first citation by deletions only.
 */
package dev.intisari.core.summary;
