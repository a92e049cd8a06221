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
