package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

import java.util.List;

/**
 * A club or company named in full once and by its last word after: "Manchester United" … "United", "AS Monaco" …
 * "Monaco", "Repsol Honda" … "Honda". In one article a one-word organisation is the same body as the one two-word
 * organisation that ends with it, when the word before is a plain name (a city, a sponsor, a club's letters). Units
 * of a body are kept apart: "Fraksi NasDem", "Komite Eksekutif FIFA", "Banggar DPRD" and "FISIP UI" open with a
 * body's word, a known organisation or letters before letters. Designated bodies ("PT Pertamina", "Partai Golkar")
 * are left to the variant keys and the cross-article linker. The longer name names the joined club.
 */
final class ShortOrganisations {
    /** Most letters of a club's letters before its name ("AC", "VfL", "SSC"). */
    private static final int CLUB_LETTERS = 4;

    private final Lexicon lexicon;

    ShortOrganisations(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Joins each one-word organisation to the one two-word organisation of the article that ends with it, and marks
     * the longer mention's surface as the name of the group in {@code namedBy}.
     */
    void join(ArticleTokens t, List<Mention> mentions, String[] surfaces, int[] parent, String[] namedBy) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention shorter = mentions.get(i);
            if (shorter.type() != EntityType.ORGANIZATION || shorter.length() != 1 || !t.capitalised[shorter.start()]
                    || lexicon.matchLength(t, shorter.start(), GazetteerCategory.ORG_CUE) > 0) {
                continue;
            }
            int match = -1;
            boolean unique = true;
            for (int j = 0; j < mentions.size() && unique; j++) {
                Mention longer = mentions.get(j);
                if (longer.type() == EntityType.ORGANIZATION && longer.length() == 2
                        && t.lower[longer.end() - 1] == t.lower[shorter.start()] && !surfaces[j].equals(surfaces[i])) {
                    unique = match < 0 || surfaces[match].equals(surfaces[j]);
                    match = j;
                }
            }
            if (match >= 0 && unique && namesTheSame(t, mentions.get(match), shorter)) {
                ArticleEntities.union(parent, match, i);
                namedBy[match] = surfaces[match];
            }
        }
    }

    /** Whether the first word of a two-word name makes it the same body as its last word alone. */
    private boolean namesTheSame(ArticleTokens t, Mention longer, Mention shorter) {
        int first = longer.start();
        String word = t.words[first];
        if (NameCounts.DESIGNATORS.contains(word)) {
            return false; // "PT Pertamina" / "Pertamina": the variant keys and the cross-article linker tie these
        }
        if (!t.capitalised[first] || !t.isWord(first) || t.ends[first] == t.starts[first + 1]) {
            return false;
        }
        boolean letters = allUpper(word) || word.length() <= CLUB_LETTERS && Character.isUpperCase(word.charAt(0))
                && Character.isUpperCase(word.charAt(word.length() - 1));
        if (letters && (word.length() > CLUB_LETTERS || allUpper(t.words[shorter.start()]))) {
            return false; // "HRD INASGOC", "FISIP UI": a unit or part before a body's letters
        }
        return lexicon.matchLength(t, first, GazetteerCategory.ORG_CUE) == 0
                && lexicon.matchLength(t, first, GazetteerCategory.TITLE) == 0
                && lexicon.matchLength(t, first, GazetteerCategory.TITLE_WORD) == 0
                && lexicon.categoryOf(word) != GazetteerCategory.ORG;
    }

    private static boolean allUpper(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
