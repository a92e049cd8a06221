/** Who said what: direct and reported quotations with their speakers, cues, addressees and places. */
package dev.intisari.core.quote;
