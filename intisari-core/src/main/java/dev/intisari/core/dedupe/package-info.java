/**
 * Near-duplicates and syndicated copies. Stage: after per-article analysis, before story clustering.
 * Input: articles in publication order (or, streaming, one {@link dev.intisari.core.dedupe.DedupeInput} at a
 * time with an explicit {@link dev.intisari.core.dedupe.DuplicateState}). Output: groups of copies, each with
 * its earliest member and the lowest estimated similarity to it; {@link dev.intisari.core.dedupe.Syndication}
 * says where a group's or a story's copies came from.
 */
package dev.intisari.core.dedupe;
