package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

import java.util.List;

/**
 * An organisation or place the tagger ran on into its official's name after an office: "Direktur Utama PT Railink Heru
 * Kuswanto", "mantan Kadis PUPR Sumut Topan Ginting", "Direktur Utama PT PP Tumiyana", "Wali Kota Palembang Ratu
 * Dewa", and after bodies that follow the title or after its short form in brackets ("Ketua DPRD Jatim Kusnadi",
 * "Sekretaris Jenderal (Sekjen) Partai Golkar Sarmuji"). The words that end the mention
 * and could all be a person's are the official, when the article itself shows it: a person elsewhere in it is that
 * name's first word alone ("Heru menambahkan") or starts with its first two words ("Topan Ginting"), or, for a name
 * of two words or more, the words before them are an organisation of their own elsewhere in it ("PT Railink").
 * Not split: a body whose words before the name are company or institution cues only ("PT Loco Montrado", "RS Hasan
 * Sadikin"); a body followed by a comma and its holder ("Ketua Serikat Pekerja Taru Martani, Suharyanto"); words
 * the article also writes inside another organisation or place, or after "di" or a place cue ("PT Taru Martani",
 * "di Bantaeng").
 */
final class GluedHolders {
    /** Longest office title looked for right before the organisation, in words. */
    private static final int MAX_TITLE = 3;

    /** Bodies or places read back across from a mention to the office title before them ("Ketua DPRD Jatim …"). */
    private static final int MAX_BODIES = 2;

    /** Longest short form in brackets after a title, in tokens between the brackets. */
    private static final int MAX_BRACKET = 3;

    /** Lowercase hash of "di", the preposition before a place. */
    private static final long DI = TokenHash.lower("di");

    private final Lexicon lexicon;

    GluedHolders(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Splits each such organisation in {@code table} into the body and its official. */
    void split(ArticleTokens t, MentionTable table) {
        List<Mention> mentions = table.list();
        for (Mention m : table.list()) {
            if (m.type() == EntityType.PERSON || m.end() - m.start() < 2 || !inOffice(t, table, m.start(), MAX_BODIES)
                    || holderAfterComma(t, table, m.end())) {
                continue;
            }
            int k = nameStart(t, table, mentions, m);
            if (k < 0) {
                continue;
            }
            int body = k;
            while (body - 1 > m.start() && lexicon.matchLength(t, body - 1, GazetteerCategory.TITLE) == 1) {
                body--; // "Polda Metro Jaya Kombes Halim Pagarra": the rank is neither body nor name
            }
            if (m.type() == EntityType.LOCATION && body == k && !knownPlace(t, mentions, m, k)) {
                // a place's head that is no known place may hold the name's given names ("Jaksa Agung Hawaii Doug
                // Chin", "peneliti Giuseppe Crippa"), unless a rank stands between
                continue;
            }
            table.remove(m);
            table.add(new Mention(m.start(), body, m.type()));
            table.add(new Mention(k, m.end(), EntityType.PERSON));
            mentions = table.list(); // the new person counts as named elsewhere for the mentions after it
        }
    }

    /**
     * Where the official's name starts inside {@code m}, or -1: the longest name of two words or more that a person
     * elsewhere supports, else the longest such name after a body named elsewhere, else a last word that is a person
     * elsewhere on its own.
     */
    private int nameStart(ArticleTokens t, MentionTable table, List<Mention> mentions, Mention m) {
        for (int pass = 0; pass < 3; pass++) {
            for (int k = m.start() + 1; k < m.end(); k++) {
                boolean several = m.end() - k >= 2;
                if ((pass == 2) != several && bodyWord(t, m.start(), k) && PersonWords.only(t, lexicon, k, m.end())
                        && !placeOrBodyWord(t, table, m, k)
                        && (pass == 1 ? bodyElsewhere(t, mentions, m, k) : personElsewhere(t, mentions, m, k))) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * Whether word {@code s} follows an office: a title right before it, a title's short form in brackets ("Sekretaris
     * Jenderal (Sekjen) Partai Golkar …"), or up to {@code bodies} bodies or places that themselves follow one ("Ketua
     * DPRD Jatim …", "Anggota Komisi II DPR RI Fraksi Golkar …").
     */
    private boolean inOffice(ArticleTokens t, MentionTable table, int s, int bodies) {
        if (afterTitle(t, lexicon, s)) {
            return true;
        }
        if (s >= 2 && t.words[s - 1].equals(")") && t.sameSegment(s - 2, s)) {
            for (int o = s - 2; o >= Math.max(0, s - 1 - MAX_BRACKET) && t.sameSegment(o, s); o--) {
                if (t.words[o].equals("(")) {
                    return inOffice(t, table, o, bodies);
                }
            }
            return false;
        }
        Mention before = table.at(s - 1);
        return bodies > 0 && before != null && before.end() == s && before.type() != EntityType.PERSON
                && t.sameSegment(before.start(), s) && inOffice(t, table, before.start(), bodies - 1);
    }

    /** Whether an office title of up to three words ends right before word {@code s}. */
    static boolean afterTitle(ArticleTokens t, Lexicon lexicon, int s) {
        for (int back = 1; back <= MAX_TITLE && s - back >= 0; back++) {
            if (lexicon.matchLength(t, s - back, GazetteerCategory.TITLE) == back && t.sameSegment(s - back, s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words [from, to) hold a word that is no organisation or place cue ("PT", "RS", "Universitas",
     * "Kabupaten", "Jalan").
     */
    private boolean bodyWord(ArticleTokens t, int from, int to) {
        for (int q = from; q < to; q++) {
            if (t.isWord(q) && lexicon.matchLength(t, q, GazetteerCategory.ORG_CUE) == 0
                    && lexicon.matchLength(t, q, GazetteerCategory.LOC_CUE) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comma and a person's name follow word {@code end}: the holder named after the body. */
    private boolean holderAfterComma(ArticleTokens t, MentionTable table, int end) {
        if (end + 1 >= t.size || !t.words[end].equals(",") || !t.sameSegment(end, end + 1)) {
            return false;
        }
        Mention next = table.at(end + 1);
        return next != null ? next.type() == EntityType.PERSON : PersonWords.one(t, lexicon, end + 1);
    }

    /**
     * Whether a person outside {@code m} is word {@code k} alone, or starts with words {@code k} and {@code k + 1}
     * when both are in the mention.
     */
    private static boolean personElsewhere(ArticleTokens t, List<Mention> mentions, Mention m, int k) {
        boolean two = m.end() - k >= 2;
        for (Mention p : mentions) {
            if (p.type() != EntityType.PERSON || p.end() > m.start() && p.start() < m.end()
                    || t.lower[p.start()] != t.lower[k]) {
                continue;
            }
            if (p.end() - p.start() == 1 || two && t.lower[p.start() + 1] == t.lower[k + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of [k, m.end) is written elsewhere inside an organisation or place, or right after "di" or a
     * place cue.
     */
    private boolean placeOrBodyWord(ArticleTokens t, MentionTable table, Mention m, int k) {
        for (int i = 0; i < t.size; i++) {
            if (i >= m.start() && i < m.end()) {
                continue;
            }
            boolean word = false;
            for (int q = k; q < m.end() && !word; q++) {
                word = t.lower[i] == t.lower[q];
            }
            if (!word) {
                continue;
            }
            Mention at = table.at(i);
            if (at != null && at.type() != EntityType.PERSON || i > 0 && (t.lower[i - 1] == DI
                    || lexicon.matchLength(t, i - 1, GazetteerCategory.LOC_CUE) == 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words [m.start, k) are a place the gazetteer lists, after place cues only ("Kota Bekasi"), or a place
     * or body of their own elsewhere in the article.
     */
    private boolean knownPlace(ArticleTokens t, List<Mention> mentions, Mention m, int k) {
        for (int p = m.start(); p < k; p++) {
            if (lexicon.matchLength(t, p, GazetteerCategory.LOC) == k - p) {
                return true;
            }
            if (lexicon.matchLength(t, p, GazetteerCategory.LOC_CUE) != 1) {
                break;
            }
        }
        for (Mention o : mentions) {
            if (o != m && o.type() != EntityType.PERSON && sameWords(t, o, m.start(), k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether mention {@code o} is the words [from, to). */
    private static boolean sameWords(ArticleTokens t, Mention o, int from, int to) {
        if (o.end() - o.start() != to - from) {
            return false;
        }
        for (int q = 0; q < to - from; q++) {
            if (t.lower[o.start() + q] != t.lower[from + q]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words [m.start, k) are an organisation of their own elsewhere in the article. */
    private static boolean bodyElsewhere(ArticleTokens t, List<Mention> mentions, Mention m, int k) {
        for (Mention o : mentions) {
            if (o != m && o.type() == EntityType.ORGANIZATION && sameWords(t, o, m.start(), k)) {
                return true;
            }
        }
        return false;
    }
}
