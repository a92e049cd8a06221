package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Binds a title to the person named right after it ("Juru Bicara Kremlin Dmitry Peskov", "Menteri Keuangan (Menkeu)
 * Purbaya Yudhi Sadewa", "Prof. Yohanes Surya"): portfolio words, places and organisations after the title are its
 * qualifier; the capitalised name after them is the holder, a person even where the tagger missed it or typed it as a
 * place or organisation; the words after a unit head's title or before a rank are the unit, not a holder. Part of the
 * rules over the tagger's mentions ({@link NameRules}), which also read its word lists while trimming a person's name.
 */
final class TitleBinding {
    private static final int MAX_NAME = 5;
    private static final int MAX_QUALIFIER = 8;
    /** Words after which capitalised words name a field, not a holder: "Deputi Bidang Keluarga Sejahtera". */
    private static final long BIDANG = TokenHash.lower("bidang");
    private static final long URUSAN = TokenHash.lower("urusan");

    /** A title tied to the person named right after it. */
    record Binding(String role, int titleStart, int person) {
    }

    private final Lexicon lexicon;
    private final HolderNames holders;

    /** Lowercase hashes of the one-word honorifics, titles that never take a place or organisation after them. */
    private final LongIntMap honorifics = hashes("prof", "prof.", "profesor", "dr", "dr.", "drs.", "dra.", "drg.",
            "ir.", "sir", "dame", "tuan", "nyonya", "ny.", "bapak", "pak", "ibu", "bu", "mbak", "kiai", "kh",
            "kh.", "habib", "ustaz", "ustad", "syekh");

    /**
     * Lowercase hashes of the titles of a unit's head that the unit's territory or field follows before the holder's
     * rank or name ("Kapolda Metro Jaya", "Kalapas Sukamiskin", "Kabid Hubungan Media dan Kehumasan").
     */
    private final LongIntMap unitTitles = hashes("kapolda", "wakapolda", "kapolres", "wakapolres", "kapolresta",
            "wakapolresta", "kapolrestabes", "wakapolrestabes", "kapolsek", "wakapolsek", "kapolsubsektor", "kajati",
            "wakajati", "kajari", "kalapas", "karutan", "kakanwil", "dandim", "danrem", "pangdam", "danlanud",
            "danlantamal", "danyon", "danramil", "kapolairud", "kabid", "kabag", "kasubbag", "kasubdit", "kadiv",
            "kanit", "kadis", "kasat", "kasubag", "kasubbid", "kasi", "kasie", "kasubsi");

    /**
     * Lowercase hashes of the titles of a section's head, always followed by the section ("Kasi Humas", "Kasi Intel",
     * "Kasubsi Penyidikan"); the holder's name comes after a comma or a rank.
     */
    private final LongIntMap sectionHeads = hashes("kasi", "kasie", "kasubsi");

    /** Lowercase hashes of the last words of regional heads' titles, which the region follows ("Bupati Sleman …"). */
    private final LongIntMap regionalHeads = hashes("bupati", "gubernur", "walikota", "kota", "camat", "lurah",
            "wabup", "wagub", "wawali", "sekda", "sekdaprov", "sekkab", "sekkot");

    /** Lowercase hashes of police and military ranks: a holder's name follows them, never a unit. */
    private final LongIntMap ranks = hashes("jenderal", "komjen", "irjen", "brigjen", "kombes", "akbp", "kompol",
            "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "briptu", "bripda", "letjen", "mayjen",
            "kolonel", "letkol", "mayor", "kapten", "lettu", "letda", "laksamana", "laksdya", "laksda", "marsekal",
            "marsdya", "marsda", "inspektur", "ajun", "komisaris");

    TitleBinding(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.holders = new HolderNames(lexicon);
    }

    private static LongIntMap hashes(String... words) {
        LongIntMap map = new LongIntMap(64);
        for (String w : words) {
            map.put(TokenHash.lower(w), 1);
        }
        return map;
    }

    /**
     * Lowercase hashes of the ranks written out in full, which also open the names of streets, stadiums and ships
     * ("Jalan Jenderal Sudirman", "Stadion Kapten I Wayan Dipta").
     */
    private final LongIntMap ranksInPlaceNames = hashes("jenderal", "mayor", "kolonel", "kapten", "laksamana",
            "marsekal", "komisaris", "inspektur", "ajun");

    /** Whether word {@code w} (a lowercase hash) is a rank that opens a holder's name, never a place's. */
    boolean holderRank(long w) {
        return ranks.get(w, 0) != 0 && ranksInPlaceNames.get(w, 0) == 0;
    }

    /** Whether word {@code w} (a lowercase hash) is a rank or an honorific: a name follows it, never a body. */
    boolean rankOrHonorific(long w) {
        return ranks.get(w, 0) != 0 || honorifics.get(w, 0) != 0;
    }

    /** Whether word {@code w} (a lowercase hash) ends a regional head's title or is a unit head's title. */
    boolean regionOrUnitHead(long w) {
        return regionalHeads.get(w, 0) != 0 || unitTitles.get(w, 0) != 0;
    }

    /**
     * Binds each title to the person named after it, adding or retyping that person in {@code table} where the tagger
     * missed or mistyped the name; the bindings in text order.
     */
    List<Binding> bind(ArticleTokens t, MentionTable table) {
        List<Binding> out = new ArrayList<>();
        int[] length = new int[1];
        for (int i = 0; i < t.size; i++) {
            int m = lexicon.matchLength(t, i, GazetteerCategory.TITLE);
            if (m == 0 || table.at(i) != null) {
                continue;
            }
            int j = i + m;
            boolean bracketed = false;
            while (j < t.size && j - i - m < MAX_QUALIFIER && t.sameSegment(i, j)) {
                int p = Math.max(lexicon.matchLength(t, j, GazetteerCategory.PORTFOLIO),
                        lexicon.matchLength(t, j, GazetteerCategory.TITLE));
                Mention at = table.at(j);
                int bracket = HolderNames.bracketedShortForm(t, j);
                if (p > 0 && (at == null || at.type() != EntityType.PERSON)) {
                    j += p;
                } else if (bracket > 0) {
                    j += bracket;
                    bracketed = true;
                } else if (at != null && at.start() == j && at.type() != EntityType.PERSON) {
                    if (holders.mistyped(t, table, at, nameEnd(t, j), territoryOffice(t, i + m, j))) {
                        table.add(new Mention(at.start(), at.end(), EntityType.PERSON));
                        break;
                    }
                    j = at.end();
                } else if (t.capitalised[j] && lexicon.nameCategory(t, j, length) != null
                        && lexicon.nameCategory(t, j, length) != GazetteerCategory.PER) {
                    j += length[0];
                } else {
                    break;
                }
            }
            boolean territory = territoryOffice(t, i + m, j);
            if (j > i + m && j + 1 < t.size
                    && holders.commaBeforeHolder(t, table, j, nameEnd(t, j + 1), territory)) {
                j++;
                Mention holder = table.at(j);
                if (holder != null && holder.type() != EntityType.PERSON) {
                    table.add(new Mention(holder.start(), holder.end(), EntityType.PERSON));
                }
            }
            int k = nameEnd(t, j);
            boolean unit = k > j && untagged(table, j, k)
                    && (unitAfterTitle(t, i, j, k, j == i + m, false) || romanNumerals(t, j, k)
                    || PersonWords.commonWordsOnly(t, lexicon, j, k));
            boolean unnamed = bracketed && untagged(table, j, k) && !PersonWords.only(t, lexicon, j, k);
            boolean givenNamesMayLead = !territory && (titleEndsAt(t, j) || j > 0
                    && (t.words[j - 1].equals(")") || t.words[j - 1].equals(",")));
            boolean field = j > 0 && (t.lower[j - 1] == BIDANG || t.lower[j - 1] == URUSAN);
            int person = k == j || unit || unnamed || field ? -1 : personIn(t, table, j, k, givenNamesMayLead);
            if (person < 0 && m == 1 && t.capitalised[i] && honorifics.get(t.lower[i], 0) != 0
                    && lexicon.matchLength(t, i, GazetteerCategory.NOT_NAME) == 0) {
                person = mistypedName(t, table, i + 1, j);
            }
            if (person < 0) {
                i = Math.max(i, j - 1);
                continue;
            }
            out.add(new Binding(t.surface(i, i + m).toLowerCase(Locale.ROOT), i, person));
            i = Math.max(i, person - 1);
        }
        return out;
    }

    /**
     * After an honorific ("Prof.", "Bapak"), which takes no place or organisation between it and the name, a
     * name the tagger typed as a place or organisation and nothing after it: that name is the person, unless
     * the gazetteer knows it or it starts like a place, an organisation or a title ("Kota …", "Partai …").
     * Returns its first token, or -1.
     */
    private int mistypedName(ArticleTokens t, MentionTable table, int from, int to) {
        Mention at = table.at(from);
        int[] length = new int[1];
        if (at == null || at.start() != from || at.end() != to || at.type() == EntityType.PERSON
                || lexicon.nameCategory(t, from, length) != null
                || lexicon.matchLength(t, from, GazetteerCategory.LOC_CUE) > 0
                || lexicon.matchLength(t, from, GazetteerCategory.ORG_CUE) > 0
                || lexicon.matchLength(t, from, GazetteerCategory.TITLE) > 0) {
            return -1;
        }
        table.add(new Mention(from, to, EntityType.PERSON));
        return from;
    }

    /**
     * The person named in the capitalised stretch [j, k) after a title: the tagger's, if it found one
     * there; otherwise the tokens after the last organisation or place in the stretch, unless they look
     * like an organisation or place name themselves. -1 when there is none.
     */
    private int personIn(ArticleTokens t, MentionTable table, int j, int k, boolean givenNamesMayLead) {
        int start = j;
        for (int q = j; q < k; q++) {
            Mention at = table.at(q);
            if (at != null && at.type() == EntityType.PERSON && at.start() == q) {
                int from = givenNamesMayLead ? holders.givenNamesBefore(t, table, start, at) : q;
                if (from < q) {
                    table.add(new Mention(from, at.end(), EntityType.PERSON));
                }
                return from;
            }
            if (at != null && at.type() != EntityType.PERSON) {
                if (at.start() == q && q > start && untagged(table, start, q) && at.end() == k
                        && PersonWords.only(t, lexicon, start, k) && !table.namesElsewhere(t.lower, start, q, k)) {
                    // "Menteri Keuangan Purbaya Yudhi Sadewa" with "Yudhi Sadewa" read as a place: one name
                    table.add(new Mention(start, k, EntityType.PERSON));
                    return start;
                }
                start = Math.max(start, at.end());
            }
        }
        if (start + 2 <= k && bodyShortForm(t, table, start) && PersonWords.only(t, lexicon, start + 1, k)) {
            start++; // "Menteri PU Dody Hanggodo": the ministry's short form, then its minister
        }
        if (start >= k) {
            return -1;
        }
        for (int q = start; q < k; q++) {
            if (lexicon.matchLength(t, q, GazetteerCategory.ORG_CUE) > 0
                    || lexicon.matchLength(t, q, GazetteerCategory.LOC_CUE) > 0
                    || table.at(q) != null && table.at(q).start() < start) {
                return -1;
            }
        }
        table.add(new Mention(start, k, EntityType.PERSON));
        return start;
    }

    /** Whether word {@code w} is in capitals and the article names it elsewhere as an organisation of its own. */
    private static boolean bodyShortForm(ArticleTokens t, MentionTable table, int w) {
        if (t.words[w].length() < 2 || !AcronymMatch.allCapitals(t.words[w])) {
            return false;
        }
        for (Mention m : table.list()) {
            if (m.type() == EntityType.ORGANIZATION && m.length() == 1 && m.start() != w
                    && t.lower[m.start()] == t.lower[w]) {
                return true;
            }
        }
        return false;
    }

    /** End of the capitalised name starting at {@code j} ("Kim Jong-un" and "Ma'ruf" included). */
    int nameEnd(ArticleTokens t, int j) {
        int k = j;
        while (k < t.size && k - j < MAX_NAME && t.sameSegment(j, k)) {
            if (t.capitalised[k] && t.isWord(k) && !notName(t, k)
                    && lexicon.matchLength(t, k, GazetteerCategory.TITLE) == 0) {
                k++;
            } else if (k > j && k + 1 < t.size && glued(t, k)) {
                k += 2;
            } else {
                break;
            }
        }
        return k;
    }

    /** Whether token {@code k} is a hyphen or apostrophe joining the word before it to the word after it. */
    static boolean glued(ArticleTokens t, int k) {
        String w = t.words[k];
        return (w.equals("-") || w.equals("'") || w.equals("’")) && k > 0 && k + 1 < t.size
                && t.ends[k - 1] == t.starts[k] && t.ends[k] == t.starts[k + 1] && t.isWord(k + 1);
    }

    /**
     * Whether the title ending before {@code titleEnd}, or the word before {@code j}, is one whose territory, unit
     * or holder's rank may follow it ("Bupati Sleman", "Kapolda Metro Jaya", "Brigjen Marinir …").
     */
    private boolean territoryOffice(ArticleTokens t, int titleEnd, int j) {
        return territoryWord(t.lower[titleEnd - 1]) || j > 0 && territoryWord(t.lower[j - 1]);
    }

    private boolean territoryWord(long w) {
        return regionalHeads.get(w, 0) != 0 || unitTitles.get(w, 0) != 0 || ranks.get(w, 0) != 0;
    }

    /** Whether a title or portfolio phrase ends right before token {@code i}. */
    boolean titleEndsAt(ArticleTokens t, int i) {
        return titleEndsAt(lexicon, t, i);
    }

    /** Whether a title or portfolio of one to three words ends right before word {@code i}. */
    static boolean titleEndsAt(Lexicon lexicon, ArticleTokens t, int i) {
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            if (lexicon.matchLength(t, i - back, GazetteerCategory.TITLE) == back
                    || lexicon.matchLength(t, i - back, GazetteerCategory.PORTFOLIO) == back) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words [s, e) after a title at {@code role} name the title's unit rather than its holder. A rank
     * follows them ("Wakapolda Metro Jaya Brigjen Suntana": the holder comes after the rank); or they follow a unit
     * head's title directly ({@code adjacent}) and start with a word written in lower case more often than not
     * ("Kasubdit Warisan Budaya Tak Benda", "Kasubdit Intelijen Bea Cukai"), or nothing capitalised follows them and
     * they are not a name the tagger found over several words ({@code tagged}: "Kalapas Sukamiskin mengusulkan",
     * "Kabid Hubungan Media dan Kehumasan …").
     */
    boolean unitAfterTitle(ArticleTokens t, int role, int s, int e, boolean adjacent, boolean tagged) {
        if (e < t.size && t.capitalised[e] && ranks.get(t.lower[e], 0) != 0) {
            return true;
        }
        if (sectionHeads.get(t.lower[role], 0) != 0 && s > role && !t.words[s - 1].equals(",")
                && ranks.get(t.lower[s - 1], 0) == 0) {
            return true; // "bertemu Kasi Dal Ops", "Kasubsi Penyidikan Pidsus": the section, not its head's name
        }
        if (!adjacent || unitTitles.get(t.lower[role], 0) == 0) {
            return false;
        }
        if (CaseProfile.shipped().oftenLowercase(t.lower[s])) {
            return true;
        }
        boolean oneWord = e - s == 1;
        return (e >= t.size || !t.capitalised[e])
                && (oneWord || !tagged && lexicon.nameCategory(t, s, new int[1]) != GazetteerCategory.PER);
    }

    /** "Kasubdit I", "Wakil Ketua II": what follows the title is its number, not a name. */
    static boolean romanNumerals(ArticleTokens t, int s, int e) {
        for (int k = s; k < e; k++) {
            String w = t.words[k];
            for (int i = 0; i < w.length(); i++) {
                if ("IVX".indexOf(w.charAt(i)) < 0) {
                    return false;
                }
            }
        }
        return s < e;
    }

    private static boolean untagged(MentionTable table, int from, int to) {
        for (int q = from; q < to; q++) {
            if (table.at(q) != null) {
                return false;
            }
        }
        return true;
    }

    private boolean notName(ArticleTokens t, int i) {
        return lexicon.matchLength(t, i, GazetteerCategory.NOT_NAME) > 0;
    }
}
