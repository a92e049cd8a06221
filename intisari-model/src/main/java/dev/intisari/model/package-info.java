/**
 * Immutable records passed between the stages of the Intisari pipeline.
 *
 * <p>Every position is a {@link dev.intisari.model.Span} into the cleaned text of one article: 0-based,
 * end-exclusive UTF-16 indices, so {@code text.substring(span.start(), span.end())} is the span's text.
 * An article id plus a sentence index is a {@link dev.intisari.model.Citation}. Records validate in their
 * compact constructors and copy their lists, so a stage can never change what another stage sees.
 */
package dev.intisari.model;
