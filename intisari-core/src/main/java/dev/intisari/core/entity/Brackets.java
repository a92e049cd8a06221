package dev.intisari.core.entity;

/**
 * A name never holds half of a pair of brackets. The tagger and the rules sometimes run a name into an acronym's
 * brackets ("Badan Pengawas Pemilu (Bawaslu", "Kepolisian Resor Kota (Polresta") or start it inside them ("PT SMU)
 * Majalengka"). Such a mention is cut back to the words before the bracket that is never closed, or to the words
 * after the bracket that was never opened.
 */
final class Brackets {
    private Brackets() {
    }

    /** The mention with its brackets balanced, itself when they are, or null when no word is left. */
    static Mention balanced(ArticleTokens t, Mention m) {
        int start = m.start();
        int open = -1;
        int depth = 0;
        for (int k = m.start(); k < m.end(); k++) {
            String w = t.words[k];
            if (w.equals("(")) {
                if (depth++ == 0) {
                    open = k;
                }
            } else if (w.equals(")")) {
                if (depth == 0) {
                    start = k + 1;
                } else {
                    depth--;
                }
            }
        }
        int end = depth > 0 ? open : m.end();
        if (start == m.start() && end == m.end()) {
            return m;
        }
        while (start < end && !t.isWord(start)) {
            start++;
        }
        while (end > start && !t.isWord(end - 1)) {
            end--;
        }
        return start < end ? new Mention(start, end, m.type(), m.role()) : null;
    }
}
