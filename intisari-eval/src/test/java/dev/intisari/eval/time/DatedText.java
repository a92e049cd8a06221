package dev.intisari.eval.time;

import java.time.LocalDate;

/** An evaluation article: its id in the label file, its text and its publication date. */
record DatedText(String id, String text, LocalDate anchor) {
}
