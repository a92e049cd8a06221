package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mentions of a name the tagger found once and missed elsewhere in the same article: the same name of two words
 * or more written again, a bare acronym the article defined, a person's last name alone, a given name written
 * again before the rest of the name.
 */
final class RepeatedMentions {
    private RepeatedMentions() {
    }

    /** Later bare uses of an acronym or of a person's last name that the tagger left out. */
    static void add(ArticleTokens t, Lexicon lexicon, NameRules.Found found, MentionTable table) {
        Map<String, EntityType> words = new HashMap<>();
        for (NameRules.Acronym a : found.acronyms()) {
            Mention m = table.at(a.start());
            words.put(a.acronym(), m == null ? EntityType.ORGANIZATION : m.type());
        }
        for (Mention m : table.list()) {
            String last = t.words[m.end() - 1];
            if (m.type() == EntityType.PERSON && m.length() >= 2 && last.length() >= 3 && t.capitalised[m.end() - 1]) {
                words.putIfAbsent(last, EntityType.PERSON);
            }
        }
        addRepeatedNames(t, table);
        joinGivenNames(t, lexicon, table);
        if (words.isEmpty()) {
            return;
        }
        // every word looked for starts with a capital (an acronym, a capitalised last name): no other token is
        // looked up
        for (int k = 0; k < t.size; k++) {
            EntityType type = t.capitalised[k] && table.at(k) == null ? words.get(t.words[k]) : null;
            if (type != null) {
                table.add(new Mention(k, k + 1, type));
            }
        }
    }

    /**
     * Other uses of a name of two words or more, written the same with its capitals, where the tagger found nothing:
     * the article's "Gerakan Mengajar Desa" is the organisation every time it writes it, not only the first. A name
     * the tagger typed two ways in the article is left as it is.
     */
    private static void addRepeatedNames(ArticleTokens t, MentionTable table) {
        Map<Long, List<Mention>> byFirstWord = new HashMap<>();
        for (Mention m : table.list()) {
            if (m.length() >= 2 && t.capitalised[m.start()]) {
                byFirstWord.computeIfAbsent(t.lower[m.start()], w -> new ArrayList<>()).add(m);
            }
        }
        if (byFirstWord.isEmpty()) {
            return;
        }
        for (int k = 0; k < t.size; k++) {
            List<Mention> named = table.at(k) == null && t.capitalised[k] ? byFirstWord.get(t.lower[k]) : null;
            if (named == null) {
                continue;
            }
            for (Mention m : named) {
                if (sameFreeWords(t, table, m, k) && oneType(t, named, m)) {
                    table.add(new Mention(k, k + m.length(), m.type()));
                    k += m.length() - 1;
                    break;
                }
            }
        }
    }

    /**
     * A one-word person the article quotes by that word elsewhere ("ucap Nyuheri"), written again right before another
     * person's mention where the tagger left it out, opens that mention's name: "Kepala MTSN 1 Konawe Nyuheri Slamet"
     * is "Nyuheri Slamet", not two people. Not after a title, where the word is as often the body.
     */
    private static void joinGivenNames(ArticleTokens t, Lexicon lexicon, MentionTable table) {
        Set<String> single = new HashSet<>();
        for (Mention m : table.list()) {
            String word = t.words[m.start()];
            if (m.type() == EntityType.PERSON && m.length() == 1 && t.capitalised[m.start()] && !allCapitals(word)
                    && PersonCues.shipped().before(t, m.start())) {
                single.add(word); // "ucap Nyuheri": the article calls someone by this word, no acronym ("PU")
            }
        }
        if (single.isEmpty()) {
            return;
        }
        for (Mention m : table.list()) {
            int k = m.start() - 1;
            if (m.type() == EntityType.PERSON && k >= 0 && table.at(k) == null && t.capitalised[k]
                    && t.sameSegment(k, m.start()) && t.starts[m.start()] > t.ends[k]
                    && single.contains(t.words[k]) && !TitleBinding.titleEndsAt(lexicon, t, k)) {
                // after a title the word is as often the body ("CEO Jakmall Tommy Lim", "Kepala Bekraf Ricky Pesik")
                table.add(new Mention(k, m.end(), EntityType.PERSON));
            }
        }
    }

    private static boolean allCapitals(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every mention of {@code m}'s words has {@code m}'s type (the tagger read them one way only). */
    private static boolean oneType(ArticleTokens t, List<Mention> named, Mention m) {
        for (Mention other : named) {
            if (other.type() != m.type() && other.length() == m.length()
                    && Arrays.equals(t.words, other.start(), other.end(), t.words, m.start(), m.end())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words from {@code k} repeat {@code m}'s words as written, none of them in another mention. */
    private static boolean sameFreeWords(ArticleTokens t, MentionTable table, Mention m, int k) {
        if (k + m.length() > t.size || k + m.length() < t.size && t.capitalised[k + m.length()]
                && t.sameSegment(k, k + m.length())) {
            return false; // "Gerakan Mengajar Desa Cianjur": part of a longer name
        }
        for (int q = 0; q < m.length(); q++) {
            if (table.at(k + q) != null || !t.words[k + q].equals(t.words[m.start() + q])) {
                return false;
            }
        }
        return true;
    }
}
