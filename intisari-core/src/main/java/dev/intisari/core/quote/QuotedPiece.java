package dev.intisari.core.quote;

/**
 * One run of text between quotation marks inside one paragraph, marks excluded.
 *
 * @param open          index of the opening mark
 * @param start         first character of the quoted text
 * @param end           end (exclusive) of the quoted text
 * @param close         index of the closing mark, or -1 when the paragraph ended first
 * @param continuesNext the paragraph ended inside the quotation and the next paragraph reopens it
 */
record QuotedPiece(int open, int start, int end, int close, boolean continuesNext) {
    /** First index after the closing mark (or after the text when unclosed). */
    int after() {
        return close >= 0 ? close + 1 : end;
    }
}
