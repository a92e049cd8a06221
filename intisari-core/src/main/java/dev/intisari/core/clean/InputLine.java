package dev.intisari.core.clean;

/**
 * One line of input for classification: a line of plain text, or one block extracted from HTML.
 *
 * @param number  1-based line number in the input text (for HTML: in the extracted block text)
 * @param text    the line as given
 * @param heading true when the markup says it is a heading (h2-h6)
 */
record InputLine(int number, String text, boolean heading) {
}
