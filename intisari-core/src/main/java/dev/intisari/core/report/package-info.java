/**
 * Writing the analysis: the JSON document of the output contract (format version "1"), its JSON Lines
 * form, and a readable text report. See docs/output-format.md.
 */
package dev.intisari.core.report;
