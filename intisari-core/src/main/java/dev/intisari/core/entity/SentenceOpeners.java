package dev.intisari.core.entity;

/**
 * A sentence's first word that news text writes in lowercase, glued by its capital to the name after it
 * ("Kunjungan Cook menjadi sinyal …", "Transfer James ke Madrid …", "Bagi Marquez, …"): the tagger reads the two as
 * one person. The word is cut off when the article writes the rest of the name elsewhere inside a longer name
 * without it ("CEO Apple Tim Cook", "James Rodriguez") and never writes the word itself with a capital inside a
 * sentence. A given name that is also a common word ("Tim Cook", "Luka Modric") opening a sentence stays whole:
 * elsewhere the article writes it with the rest.
 */
final class SentenceOpeners {
    private SentenceOpeners() {
    }

    /** Whether word {@code s} of the person mention [s, e) is such an opening common word. */
    static boolean commonOpener(ArticleTokens t, int s, int e, Lexicon lexicon) {
        if (e - s < 2 || !opensSegment(t, s) || !CaseProfile.shipped().oftenLowercase(t.lower[s])
                || lexicon.matchLength(t, s, GazetteerCategory.TITLE) > 0
                || lexicon.matchLength(t, s, GazetteerCategory.NAME_TITLE) > 0
                || lexicon.nameCategory(t, s, new int[1]) != null) {
            return false;
        }
        boolean restElsewhere = false;
        for (int k = 0; k < t.size; k++) {
            if (k == s || k == s + 1) {
                continue;
            }
            if (t.lower[k] == t.lower[s] && t.capitalised[k] && !opensSegment(t, k)) {
                return false;
            }
            restElsewhere = restElsewhere || insideLongerName(t, s, e, k);
        }
        return restElsewhere;
    }

    /** Whether the words [s + 1, e) are written at {@code k} as part of a longer capitalised name without word s. */
    private static boolean insideLongerName(ArticleTokens t, int s, int e, int k) {
        int n = e - s - 1;
        if (k + n > t.size || !t.capitalised[k]) {
            return false;
        }
        for (int q = 0; q < n; q++) {
            if (t.lower[k + q] != t.lower[s + 1 + q]) {
                return false;
            }
        }
        boolean before = k > 0 && t.sameSegment(k, k - 1) && t.capitalised[k - 1] && t.isWord(k - 1)
                && t.lower[k - 1] != t.lower[s];
        boolean after = k + n < t.size && t.sameSegment(k, k + n) && t.capitalised[k + n] && t.isWord(k + n)
                && !(k > 0 && t.lower[k - 1] == t.lower[s]);
        return before || after;
    }

    /** Whether token {@code i} opens its sentence or heading, an opening quotation mark aside. */
    static boolean opensSegment(ArticleTokens t, int i) {
        if (i == 0 || !t.sameSegment(i, i - 1)) {
            return true;
        }
        return !t.isWord(i - 1) && (i - 1 == 0 || !t.sameSegment(i - 1, i - 2)) && isOpeningQuote(t.words[i - 1]);
    }

    private static boolean isOpeningQuote(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("'") || w.equals("‘");
    }
}
