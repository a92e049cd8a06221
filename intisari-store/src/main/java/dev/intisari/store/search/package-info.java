/**
 * Full-text search over stored articles: a Lucene index of title and text analysed with Lucene's
 * {@code IndonesianAnalyzer}, with outlet, entity and date fields for filters and facets, highlighted
 * passages, and related articles by term similarity.
 */
package dev.intisari.store.search;
