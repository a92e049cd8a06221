package dev.intisari.core.summary;

/**
 * Whether a sentence is part of a quotation that the sentence splitter cut across sentences: it opens a quotation
 * it does not close, or closes one it did not open. A quotation of several sentences ("Air mulai naik pukul 02.00.
 * Prioritas kami evakuasi warga," kata Wawan.) is split into sentences whose first part has no speaker and no
 * closing mark; shown alone as a key point, it reads as a dangling quotation from nobody. Counted: straight double
 * quotation marks (an odd number is unbalanced) and typographic ones (each closing mark after an opening one, none
 * left open: "banyak,”“Jadi" is the end of one quotation and the start of another). Stateless.
 */
final class QuoteFragment {
    private QuoteFragment() {
    }

    /** True when {@code sentence}'s double quotation marks do not pair up. */
    static boolean test(String sentence) {
        int straight = 0;
        int open = 0;
        for (int i = 0; i < sentence.length(); i++) {
            switch (sentence.charAt(i)) {
                case '"' -> straight++;
                case '\u201C' -> open++;
                case '\u201D' -> {
                    if (open == 0) {
                        return true;
                    }
                    open--;
                }
                default -> {
                }
            }
        }
        return straight % 2 != 0 || open != 0;
    }
}
