/**
 * Time. {@link dev.intisari.core.time.DateTagger}: takes the tokenized cleaned text and the publication date,
 * gives the date expressions of the body with their values. {@link dev.intisari.core.time.TimelineBuilder}:
 * takes one story's analysed articles, gives its dated statements in order. {@link
 * dev.intisari.core.time.PageDateParser} reads page date lines for the cleaning stage. See docs/time.md.
 */
package dev.intisari.core.time;
