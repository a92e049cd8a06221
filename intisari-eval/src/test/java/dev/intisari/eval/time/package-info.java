/**
 * Evaluation of the time stage: date expressions against hand labels (labels only, in the test resources;
 * texts read from ../shared at run time), and the tagger's throughput.
 */
package dev.intisari.eval.time;
