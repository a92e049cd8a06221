package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

/**
 * The holder's name after an office title, where the tagger cut or typed it wrongly: "Menteri Keuangan (Menkeu)
 * Purbaya Yudhi Sadewa" (a short form in brackets between the office and the name), "Wakil Menteri Ketenagakerjaan
 * (Wamenaker), Immanuel Ebenezer" (a comma after it), "Menteri Keuangan Purbaya Yudhi Sadewa" read as a place, or its
 * first word left out of the tagger's person. Offices whose territory or unit follows them ("Bupati Sleman", "Kapolda
 * Metro Jaya", "Kolonel …") are never read this way: there the words after the office are a place as often as a name.
 */
final class HolderNames {
    /** Most untagged given names taken in front of the tagger's person ("Purbaya" of "Purbaya Yudhi Sadewa"). */
    private static final int MAX_GIVEN = 2;
    /** Fewest letters of such a given name. */
    private static final int MIN_GIVEN = 3;

    private final Lexicon lexicon;

    HolderNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Tokens of a bracketed short form at {@code j} ("(Menkeu)", "(Wamenaker)"): 3, or 0 when there is none. */
    static int bracketedShortForm(ArticleTokens t, int j) {
        return j + 2 < t.size && t.words[j].equals("(") && t.words[j + 2].equals(")") && t.isWord(j + 1)
                && t.capitalised[j + 1] && t.sameSegment(j, j + 2) ? 3 : 0;
    }

    /**
     * Whether the comma at {@code j}, after a qualified office ("Menteri Keuangan (Menkeu), …"), stands before its
     * holder's name: the tagger's person, a mistyped name, or untagged words that could all be a person's.
     */
    boolean commaBeforeHolder(ArticleTokens t, MentionTable table, int j, int nameEnd, boolean territoryTitle) {
        if (territoryTitle || j + 1 >= t.size || !t.words[j].equals(",") || !t.sameSegment(j, j + 1)
                || nameEnd <= j + 1) {
            return false;
        }
        Mention at = table.at(j + 1);
        if (at == null) {
            return PersonWords.only(t, lexicon, j + 1, nameEnd);
        }
        return at.start() == j + 1 && (at.type() == EntityType.PERSON || mistyped(t, table, at, nameEnd, false));
    }

    /**
     * Whether a place or organisation the tagger found right after a person's office is the holder's name: two
     * words or more that end the capitalised stretch, all of which could be a person's name, none of them inside
     * another of the article's names, not an English title ("The Beatles"), and not followed by what marks a body.
     */
    boolean mistyped(ArticleTokens t, MentionTable table, Mention at, int nameEnd, boolean territoryTitle) {
        return !territoryTitle && at.type() != EntityType.PERSON && at.end() - at.start() >= 2 && at.end() == nameEnd
                && PersonWords.only(t, lexicon, at.start(), at.end()) && !t.words[at.start()].equals("The")
                && !table.namesElsewhere(t.lower, at.start(), at.end(), at.end()) && !bodyOfHolder(t, table, at.end());
    }

    /**
     * Whether what follows a name at {@code end} shows it to be the office's body or work rather than its holder:
     * a comma and a capitalised name ("CEO Dorna Sports, Carmelo Ezpeleta"; a degree in capitals, "Giuseppe
     * Crippa, MD", is no name), a coordinated capitalised name ("Sutradara Pacific Rim dan Hellboy"), or a
     * demonstrative ("striker Les Blues tersebut").
     */
    private static boolean bodyOfHolder(ArticleTokens t, MentionTable table, int end) {
        if (end + 1 >= t.size || !t.sameSegment(end - 1, end)) {
            return false;
        }
        String next = t.words[end];
        String then = t.words[end + 1];
        boolean acronym = then.length() > 1 && Character.isUpperCase(then.charAt(1));
        return next.equals(",") && t.capitalised[end + 1] && !acronym
                || (next.equals("dan") || next.equals("&")) && t.capitalised[end + 1]
                || next.equals("tersebut") || next.equals("itu");
    }

    /**
     * Start of the holder's name when untagged given names [from, person.start) come right after the office and
     * before the tagger's person ("Menteri Keuangan Purbaya" + "Yudhi Sadewa"), or {@code person.start} when they
     * do not: at most two words of three letters or more ("Ir", "H" are degrees and honorifics), each of which could
     * be a person's name, none inside another of the article's names, and the first of them part of another person
     * mention of the article (a unit or firm before the name, "CEO Touchten Anton Soeharyo", never is).
     */
    int givenNamesBefore(ArticleTokens t, MentionTable table, int from, Mention person) {
        int gap = person.start() - from;
        if (gap < 1 || gap > MAX_GIVEN || !PersonWords.only(t, lexicon, from, person.start())
                || table.namesElsewhere(t.lower, from, person.start(), person.end())) {
            return person.start();
        }
        for (int q = from; q < person.start(); q++) {
            if (table.at(q) != null || t.words[q].length() < MIN_GIVEN) {
                return person.start();
            }
        }
        return personElsewhere(t, table, from, person) ? from : person.start();
    }

    /** Whether word {@code from} is part of another person mention of the article ("Purbaya menambahkan …"). */
    private static boolean personElsewhere(ArticleTokens t, MentionTable table, int from, Mention person) {
        for (Mention m : table.list()) {
            if (m.type() != EntityType.PERSON || m.start() < person.end() && m.end() > from) {
                continue;
            }
            for (int k = m.start(); k < m.end(); k++) {
                if (t.lower[k] == t.lower[from]) {
                    return true;
                }
            }
        }
        return false;
    }
}
