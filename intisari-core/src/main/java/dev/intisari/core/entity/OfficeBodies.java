package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

import java.util.List;

/**
 * The office's body read as the first word of its holder's name: "CEO Touchten Anton Soeharyo", "Pelatih Persikota
 * Yohanes Wanggai", "CEO Tokomaju Rahmat Hidayat". After an office title, a person of three words or more whose first
 * word opens no person's name of the training data and is written nowhere else in the article inside a person, while
 * the words after it are a name of their own: the training data knows the next word as the first word of a person's
 * name, or the article names the person elsewhere without the first word ("kata Rahmat", "Keberhasilan Wanggai").
 * That first word is the body, an organisation; the rest stays the person. A holder introduced by a given name the
 * training data does not know ("Menteri Keuangan Purbaya Yudhi Sadewa … kata Purbaya") keeps it: the article writes
 * it elsewhere in a person. After a rank, an honorific or a title of rank by birth or faith ("Kapolri Jenderal Listyo
 * Sigit Prabowo", "AKBP Moch Faruk Rozi", "Prof KH Asrorun Ni'am Sholeh", "Raja Ridel Manuel Manoppo") a name
 * follows, never a body, and a person followed by a comma and another person is the office's field ("Ketua Alumni
 * Ponpes Al-Khoziny, Zaenal Abidin"): nothing is split there.
 */
final class OfficeBodies {
    private final Lexicon lexicon;
    /** The training data's person names in the lexicon, or null when the model has no person type. */
    private final GazetteerCategory trainedPersons;

    private final TitleBinding titles;

    OfficeBodies(Lexicon lexicon, GazetteerCategory trainedPersons, TitleBinding titles) {
        this.lexicon = lexicon;
        this.trainedPersons = trainedPersons;
        this.titles = titles;
    }

    /** Splits each such person in {@code table} into the body and its holder. */
    void split(ArticleTokens t, MentionTable table) {
        if (trainedPersons == null) {
            return;
        }
        List<Mention> mentions = table.list();
        for (Mention m : mentions) {
            int s = m.start();
            if (m.type() != EntityType.PERSON || m.end() - s < 3 || !GluedHolders.afterTitle(t, lexicon, s)
                    || titles.rankOrHonorific(t.lower[s - 1])
                    || lexicon.matchLength(t, s - 1, GazetteerCategory.NAME_TITLE) > 0
                    || !PersonWords.only(t, lexicon, s, m.end())
                    || lexicon.opens(t, s, trainedPersons)
                    || lexicon.matchLength(t, s, GazetteerCategory.NAME_TITLE) > 0
                    || inPersonElsewhere(t, mentions, m, t.lower[s]) || holderAfterComma(t, table, m.end())) {
                continue;
            }
            if (lexicon.opens(t, s + 1, trainedPersons) || namedWithout(t, mentions, m)) {
                table.remove(m);
                table.add(new Mention(s, s + 1, EntityType.ORGANIZATION));
                table.add(new Mention(s + 1, m.end(), EntityType.PERSON));
            }
        }
    }

    /**
     * Whether a comma and a person follow word {@code end}: "Ketua Alumni Ponpes Al-Khoziny, Zaenal Abidin" names its
     * holder after the comma, so the words before it are the office's field, not a holder with a body in front.
     */
    private static boolean holderAfterComma(ArticleTokens t, MentionTable table, int end) {
        if (end + 1 >= t.size || !t.words[end].equals(",") || !t.sameSegment(end, end + 1)) {
            return false;
        }
        Mention next = table.at(end + 1);
        return next != null && next.type() == EntityType.PERSON;
    }

    /** Whether a person mention other than {@code m} holds the word {@code word}. */
    private static boolean inPersonElsewhere(ArticleTokens t, List<Mention> mentions, Mention m, long word) {
        for (Mention p : mentions) {
            if (p != m && p.type() == EntityType.PERSON) {
                for (int k = p.start(); k < p.end(); k++) {
                    if (t.lower[k] == word) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the article names the holder without the first word: another person mention starts with the second
     * word of {@code m} or ends with its last word, or the last word is written alone elsewhere with a capital
     * ("Keberhasilan Wanggai membawa tim …").
     */
    private static boolean namedWithout(ArticleTokens t, List<Mention> mentions, Mention m) {
        for (Mention p : mentions) {
            if (p != m && p.type() == EntityType.PERSON
                    && (t.lower[p.start()] == t.lower[m.start() + 1] || t.lower[p.end() - 1] == t.lower[m.end() - 1])) {
                return true;
            }
        }
        long last = t.lower[m.end() - 1];
        long before = t.lower[m.end() - 2];
        for (int k = 0; k < t.size; k++) {
            if ((k < m.start() || k >= m.end()) && t.lower[k] == last && t.capitalised[k]
                    && (k == 0 || t.lower[k - 1] != before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Sutradara Pacific Rim dan Hellboy, Guillermo del Toro", "Produser Avengers dan Iron Man, Kevin Feige": two
     * names joined by "dan" or "&amp;" right after an office title, followed by a comma and a person, are the office's
     * fields (the holder is the person after the comma); when the tagger read one of them as a person and the other
     * as a body or work, the person takes the other's type.
     */
    void retypeFields(ArticleTokens t, MentionTable table) {
        for (Mention first : table.list()) {
            int e = first.end();
            if (!GluedHolders.afterTitle(t, lexicon, first.start()) || e + 1 >= t.size
                    || !(t.words[e].equals("dan") || t.words[e].equals("&")) || !t.sameSegment(first.start(), e + 1)) {
                continue;
            }
            Mention second = table.at(e + 1);
            if (second == null || second.start() != e + 1
                    || (first.type() == EntityType.PERSON) == (second.type() == EntityType.PERSON)
                    || second.end() + 1 >= t.size || !t.words[second.end()].equals(",")
                    || !t.sameSegment(e, second.end() + 1)) {
                continue;
            }
            Mention holder = table.at(second.end() + 1);
            if (holder != null && holder.type() == EntityType.PERSON) {
                Mention person = first.type() == EntityType.PERSON ? first : second;
                Mention field = person == first ? second : first;
                table.add(new Mention(person.start(), person.end(), field.type()));
            }
        }
    }
}
