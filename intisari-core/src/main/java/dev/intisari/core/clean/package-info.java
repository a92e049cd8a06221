/**
 * Cleaning: turns a {@link dev.intisari.model.RawArticle} into a {@link dev.intisari.model.CleanArticle}:
 * body text kept, every removed line kept with its reason, credits, wire sources, related links, dateline
 * and publication date extracted as metadata.
 */
package dev.intisari.core.clean;
