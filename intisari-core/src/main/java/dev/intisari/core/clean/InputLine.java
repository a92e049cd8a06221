package dev.intisari.core.clean;

/**
 * One line of input for classification: a line of plain text, or one block extracted from HTML.
 *
 * @param number  1-based line number in the input text (for HTML: in the extracted block text)
 * @param text    the line as given
 * @param heading true when the markup says it is a heading (h2-h6)
 * @param dropped true for a block the HTML extractor left out of the body (a hinted box inside the article):
 *                it is only read for what it removes, never kept as body
 */
record InputLine(int number, String text, boolean heading, boolean dropped) {
    InputLine(int number, String text, boolean heading) {
        this(number, text, heading, false);
    }
}
