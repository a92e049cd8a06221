/**
 * Ingest: reads plain text, HTML and JSON Lines files, directories and standard input into
 * {@link dev.intisari.model.RawArticle}s, reporting every bad input as an
 * {@link dev.intisari.model.InputProblem} naming the file and line while the rest is still read.
 */
package dev.intisari.core.ingest;
