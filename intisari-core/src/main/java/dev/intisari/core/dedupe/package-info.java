/** Near-duplicates and syndicated copies: groups of articles that are copies of each other. */
package dev.intisari.core.dedupe;
