/**
 * The Indonesian language layer: language identification, sentences and tokens, with offsets into the
 * cleaned text.
 */
package dev.intisari.core.text;
