/**
 * Cleaning: turns a {@link dev.intisari.model.RawArticle} into a {@link dev.intisari.model.CleanArticle}:
 * body text kept, every removed line kept with its reason, credits, wire sources, related links, dateline
 * and publication date extracted as metadata.
 *
 * <p>{@link dev.intisari.core.clean.RuleLineCleaner} is the stage. Plain text goes line by line through
 * {@code LineClassifier}; HTML first goes through {@code ContainerScoringExtractor} (main content, one linear
 * pass) and {@code HtmlMetadataReader} (JSON-LD, OpenGraph, meta, time, URL), which reads the body from the same
 * walk ({@code MetadataScan}). Every word list, pattern and
 * hint lives in the resources next to this package ({@code line-rules.tsv}, {@code wire-aliases.tsv},
 * {@code credit-labels.tsv}, {@code datelines.tsv}, {@code html-hints.tsv}, ...); see docs/cleaning.md.
 */
package dev.intisari.core.clean;
