package dev.intisari.core.entity;

/**
 * Whether words could all be a person's given or family names: capitalised, not acronyms, not words that news
 * writes in lowercase, and no gazetteer name, cue, title or portfolio word ("Purbaya Yudhi Sadewa"; not "Metro
 * Jaya", "Dinas Pendidikan", "Jawa Barat").
 */
final class PersonWords {
    private PersonWords() {
    }

    static boolean only(ArticleTokens t, Lexicon lexicon, int from, int to) {
        int[] length = new int[1];
        for (int q = from; q < to; q++) {
            if (!one(t, lexicon, q) || lexicon.nameCategory(t, q, length) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the person mention [from, to) is two or more capitalised words that news writes in lowercase more
     * often than not, and no name the gazetteer or the training data list: a title's field or a phrase in title
     * case ("Direktur Kerja Sama", "Asisten Pidana Khusus", "Aktris Pendukung Terbaik"), not a name ("Tulus Abadi"
     * is a trained name; "Bintang Emon" has a name word).
     */
    static boolean commonWordsOnly(ArticleTokens t, Lexicon lexicon, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int q = from; q < to; q++) {
            String w = t.words[q];
            if (!t.capitalised[q] || !t.isWord(q) || w.length() > 1 && Character.isUpperCase(w.charAt(1))
                    || !CaseProfile.shipped().oftenLowercase(t.lower[q])) {
                return false;
            }
        }
        int[] length = new int[1];
        if (lexicon.nameCategory(t, from, length) != null && length[0] >= to - from) {
            return false;
        }
        for (int k = 0; GazetteerCategory.trained(k) != null; k++) {
            if (lexicon.matchLength(t, from, GazetteerCategory.trained(k)) >= to - from) {
                return false;
            }
        }
        return true;
    }

    /** Whether word {@code q} alone could be a person's name word. */
    static boolean one(ArticleTokens t, Lexicon lexicon, int q) {
        String w = t.words[q];
        return t.capitalised[q] && t.isWord(q) && !(w.length() > 1 && Character.isUpperCase(w.charAt(1)))
                && !CaseProfile.shipped().oftenLowercase(t.lower[q])
                && lexicon.matchLength(t, q, GazetteerCategory.ORG_CUE) == 0
                && lexicon.matchLength(t, q, GazetteerCategory.LOC_CUE) == 0
                && lexicon.matchLength(t, q, GazetteerCategory.TITLE) == 0
                && lexicon.matchLength(t, q, GazetteerCategory.PORTFOLIO) == 0
                && lexicon.matchLength(t, q, GazetteerCategory.NOT_NAME) == 0;
    }
}
