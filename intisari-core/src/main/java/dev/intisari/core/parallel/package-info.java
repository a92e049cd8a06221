/**
 * Not a stage: the one helper the corpus folds (dedupe, clustering) use to do the work that reads a single
 * article on all cores, ahead of the serial fold that reads it, so that the fold's results are unchanged.
 */
package dev.intisari.core.parallel;
