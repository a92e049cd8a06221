package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

import java.util.List;

/**
 * A given name opening a sentence that the tagger left out of the person after it: "Luka Pranata tiba di Jakarta
 * pada Senin. Pranata mengatakan …". An article introduces a person by the full name before it writes the family
 * name alone; so when the tagger's first person of a name is that one word, right after the sentence's first word,
 * and the article writes the name in no longer person, that first word is the given name and joins the person. Not
 * joined: a word the gazetteer lists as a title, cue or non-name, a nominalisation ("Sundulan", "Kunjungan"), a
 * name the gazetteer or the training data know on its own ("Gol Ronaldo": Ronaldo is known alone), a word already in
 * a mention, and a person that is no name word of its own (a hyphenated pair, "Konflik Israel-Palestina").
 */
final class OpeningGivenNames {
    private OpeningGivenNames() {
    }

    static void join(ArticleTokens t, Lexicon lexicon, GazetteerCategory trainedPersons, MentionTable table) {
        List<Mention> mentions = table.list();
        int[] length = new int[1];
        for (Mention m : mentions) {
            int s = m.start();
            int g = s - 1;
            if (m.type() != EntityType.PERSON || m.end() - s != 1 || g < 0 || !t.sameSegment(g, s)
                    || !SentenceOpeners.opensSegment(t, g) || table.at(g) != null || !givenNameShape(t, lexicon, g)
                    || CommonWords.nominalisation(t.words[g]) || !PersonWords.one(t, lexicon, s)
                    || t.words[s].indexOf('-') >= 0
                    || lexicon.nameCategory(t, s, length) != null
                    || trainedPersons != null && lexicon.matchLength(t, s, trainedPersons) > 0
                    || !firstOfItsName(t, mentions, m)) {
                continue;
            }
            table.add(new Mention(g, m.end(), EntityType.PERSON));
        }
    }

    /** Whether word {@code g} is capitalised, no acronym, and no title, cue, portfolio, non-name or known name. */
    private static boolean givenNameShape(ArticleTokens t, Lexicon lexicon, int g) {
        String w = t.words[g];
        return t.capitalised[g] && t.isWord(g) && w.length() >= 3 && !Character.isUpperCase(w.charAt(1))
                && lexicon.matchLength(t, g, GazetteerCategory.ORG_CUE) == 0
                && lexicon.matchLength(t, g, GazetteerCategory.LOC_CUE) == 0
                && lexicon.matchLength(t, g, GazetteerCategory.TITLE) == 0
                && lexicon.matchLength(t, g, GazetteerCategory.PORTFOLIO) == 0
                && lexicon.matchLength(t, g, GazetteerCategory.NOT_NAME) == 0
                && lexicon.matchLength(t, g, GazetteerCategory.NAME_TITLE) == 0
                && lexicon.nameCategory(t, g, new int[1]) == null;
    }

    /** Whether no word before {@code m} is its word and no longer person mention holds it. */
    private static boolean firstOfItsName(ArticleTokens t, List<Mention> mentions, Mention m) {
        long word = t.lower[m.start()];
        for (int k = 0; k < m.start(); k++) {
            if (t.lower[k] == word) {
                return false;
            }
        }
        for (Mention p : mentions) {
            if (p.type() == EntityType.PERSON && p.end() - p.start() > 1) {
                for (int k = p.start(); k < p.end(); k++) {
                    if (t.lower[k] == word) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
