package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules applied over the tagger's mentions, in order: titles are cut off person names, acronyms in brackets
 * join their expansion ("Komisi Pemberantasan Korupsi (KPK)"), gazetteer names are added and fix the type of known
 * names (so "Kremlin" stays an organisation and "Moskow" a place when used as actors), titles are bound to the
 * capitalised name after them ({@link TitleBinding}: "Juru Bicara Kremlin Dmitry Peskov"), and an untagged name
 * after a speech cue is a person.
 */
final class NameRules {
    /** An acronym tied to its expansion (token ranges). */
    record Acronym(String acronym, int start, int end) {
    }

    /** What the rules found. */
    record Found(List<Mention> mentions, List<TitleBinding.Binding> bindings, List<Acronym> acronyms) {
    }

    private final Lexicon lexicon;
    private final NameVariants variants;
    private final MediaCues mediaCues = MediaCues.shipped();
    private final TitleBinding titles;
    private final GluedHolders gluedHolders;
    private final OfficeBodies officeBodies;
    /** The training data's person names in the lexicon ({@link GazetteerCategory#trained}), or null. */
    private final GazetteerCategory trainedPersons;
    /** An acronym's expansion made of titles and portfolios only is an office (read in cased text only). */
    private final AcronymMatch.Office office;
    private static final AcronymMatch.Office NO_OFFICE = (t, from, to) -> false;
    private final PersonCues personCues = PersonCues.shipped();

    /** Lowercase hashes of titles that are also given names ("Imam", "Putri", "Ratu"): alone, they may be a name. */
    private final LongIntMap givenNameTitles = hashes("imam", "ratu", "putri", "raja", "sultan", "pangeran", "habib",
            "romo");

    /** Lowercase hash of "di", the preposition before a place. */
    private static final long DI = TokenHash.lower("di");
    private static final long JO = TokenHash.lower("jo");
    private static final long JO_DOT = TokenHash.lower("jo.");
    private static final long JUNCTO = TokenHash.lower("juncto");
    /** Words that cite an article of a law after "jo": "Pasal", and its short forms. */
    private static final LongIntMap ARTICLE_WORDS = hashes("pasal", "ps", "ps.");

    NameRules(Lexicon lexicon, NameVariants variants) {
        this(lexicon, variants, null);
    }

    NameRules(Lexicon lexicon, NameVariants variants, GazetteerCategory trainedPersons) {
        this.lexicon = lexicon;
        this.trainedPersons = trainedPersons;
        this.variants = variants;
        this.titles = new TitleBinding(lexicon);
        this.officeBodies = new OfficeBodies(lexicon, trainedPersons, titles);
        this.gluedHolders = new GluedHolders(lexicon);
        this.office = (t, from, to) -> lexicon.matchLength(t, from, GazetteerCategory.TITLE) > 0
                && titlesOnly(t, from, to);
    }

    private static LongIntMap hashes(String... words) {
        LongIntMap map = new LongIntMap(64);
        for (String w : words) {
            map.put(TokenHash.lower(w), 1);
        }
        return map;
    }

    Found apply(ArticleTokens t, List<Mention> tagged) {
        MentionTable table = new MentionTable(t.size);
        boolean cased = false;
        for (int i = 0; i < t.size && !cased; i++) {
            cased = t.capitalised[i];
        }
        for (Mention m : tagged) {
            Mention trimmed = withCuePhrase(t, trim(t, m, cased));
            if (trimmed != null && (!cased || hasCapital(t, trimmed))) {
                table.add(trimmed);
            }
        }
        if (cased) {
            dropOffices(t, table);
            splitAfterCountry(t, table);
            splitBeforeTown(t, table);
            RegionalBodies.retype(t, table);
            gluedHolders.split(t, table);
            officeBodies.split(t, table);
            officeBodies.retypeFields(t, table);
        }
        gazetteer(t, table);
        if (cased) {
            CueLessBodies.retype(t, lexicon, trainedPersons, table);
            mediaCues.retype(t, table, lexicon);
            Initials.retype(t, table);
            dropCommonPhrases(t, table);
        }
        // no lambda made per article: the profile charged its site with 6 % of the entity stage (session 20)
        AcronymMatch.Bound bound = AcronymMatch.bind(t, table, cased ? office : NO_OFFICE);
        List<TitleBinding.Binding> bindings = titles.bind(t, table);
        if (cased) {
            cued(t, table);
            MemberBodies.retype(t, table);
        }
        AcronymMatch.dropConcepts(t, table, bound.concepts());
        return new Found(table.list(), bindings, bound.acronyms());
    }

    /**
     * "ujar Mendagri", "kata Presiden": a person mention that is one title word is the office, not a name, unless
     * the word is also a given name ("Imam", "Putri") or the article uses it inside a longer person name; and an
     * organisation made of titles and portfolios only ("Wakil Menteri Sosial") is an office, not a body.
     */
    private void dropOffices(ArticleTokens t, MentionTable table) {
        List<Mention> lone = null;
        for (Mention m : table.list()) {
            if (m.type() == EntityType.PERSON && m.end() - m.start() == 1
                    && lexicon.matchLength(t, m.start(), GazetteerCategory.TITLE) == 1
                    && givenNameTitles.get(t.lower[m.start()], 0) == 0) {
                if (lone == null) {
                    lone = new ArrayList<>();
                }
                lone.add(m);
            }
        }
        for (Mention m : table.list()) {
            if (m.type() == EntityType.ORGANIZATION && lexicon.matchLength(t, m.start(), GazetteerCategory.TITLE) > 0
                    && titlesOnly(t, m.start(), m.end())) {
                // "Wakil Menteri Sosial (Wamensos), Agus Jabo Priyono": an office, not a body
                if (lone == null) {
                    lone = new ArrayList<>();
                }
                lone.add(m);
            }
        }
        if (lone == null) {
            return;
        }
        for (Mention m : lone) {
            if (m.type() != EntityType.PERSON || !inLongerPerson(t, table, t.lower[m.start()])) {
                table.remove(m);
            }
        }
    }

    /** "Direktur Kerja Sama, Mardisontori": a person of common words only is the title's field ({@link PersonWords}). */
    private void dropCommonPhrases(ArticleTokens t, MentionTable table) {
        List<Mention> common = null;
        for (Mention m : table.list()) {
            if (m.type() == EntityType.PERSON && PersonWords.commonWordsOnly(t, lexicon, m.start(), m.end())) {
                if (common == null) {
                    common = new ArrayList<>();
                }
                common.add(m);
            }
        }
        if (common != null) {
            common.forEach(table::remove);
        }
    }

    /**
     * "Imam Nahrawi", "Ratu Tisha Destria": a title that is also a given name, opening a short name of names only,
     * is the given name.
     */
    private boolean givenName(ArticleTokens t, int s, int e) {
        return givenNameTitles.get(t.lower[s], 0) != 0 && e - s <= 3 && s + 1 < e
                && lexicon.matchLength(t, s + 1, GazetteerCategory.TITLE) == 0
                && lexicon.matchLength(t, s + 1, GazetteerCategory.PORTFOLIO) == 0;
    }

    /**
     * "Ketua DPR RI Puan Maharani", "Kejagung RI Anang Supriatna" read as one place or body: the capitalised words after
     * "RI" that no gazetteer list reads as a title, body or place word are the person the title phrase names.
     */
    private void splitAfterCountry(ArticleTokens t, MentionTable table) {
        for (Mention m : table.list()) {
            if (m.type() == EntityType.PERSON) {
                continue;
            }
            for (int k = m.start(); k + 1 < m.end(); k++) {
                if (!t.words[k].equals("RI")) {
                    continue;
                }
                boolean names = true;
                for (int w = k + 1; w < m.end() && names; w++) {
                    names = t.capitalised[w] && !t.words[w].equals(t.words[w].toUpperCase(Locale.ROOT))
                            && lettersApostrophesHyphens(t.words[w])
                            && lexicon.matchLength(t, w, GazetteerCategory.TITLE) == 0
                            && lexicon.matchLength(t, w, GazetteerCategory.PORTFOLIO) == 0
                            && lexicon.matchLength(t, w, GazetteerCategory.ORG_CUE) == 0
                            && lexicon.matchLength(t, w, GazetteerCategory.LOC_CUE) == 0
                            && lexicon.nameCategory(t, w, new int[1]) == null;
                }
                if (names) {
                    table.add(new Mention(m.start(), k + 1, m.type()));
                    table.add(new Mention(k + 1, m.end(), EntityType.PERSON));
                }
                break;
            }
        }
    }

    /**
     * "di Gedung Merah Putih KPK, Jakarta", "Jalan Sudirman, Denpasar": a venue and its town are two places. A place
     * mention with a comma inside, followed by a known place up to its end, is split at the comma. Organisations are
     * left alone, since their names hold commas ("Badan Meteorologi, Klimatologi dan Geofisika").
     */
    private void splitBeforeTown(ArticleTokens t, MentionTable table) {
        for (Mention m : table.list()) {
            if (m.type() != EntityType.LOCATION) {
                continue;
            }
            for (int c = m.start() + 1; c + 1 < m.end(); c++) {
                if (!t.words[c].equals(",")) {
                    continue;
                }
                int[] length = new int[1];
                if (lexicon.nameCategory(t, c + 1, length) == GazetteerCategory.LOC && c + 1 + length[0] == m.end()) {
                    table.add(new Mention(m.start(), c, m.type()));
                    table.add(new Mention(c + 1, m.end(), m.type()));
                }
                break;
            }
        }
    }

    /** Whether every char of {@code word} is a letter, an apostrophe or a hyphen (a plain loop: no stream per word). */
    private static boolean lettersApostrophesHyphens(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Whether every char of {@code word} is a letter. */
    private static boolean letters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words [from, to) are titles and portfolios only ("Wakil Menteri Sosial"). */
    private boolean titlesOnly(ArticleTokens t, int from, int to) {
        int s = from;
        int len;
        while (s < to && (len = Math.max(lexicon.matchLength(t, s, GazetteerCategory.TITLE),
                lexicon.matchLength(t, s, GazetteerCategory.PORTFOLIO))) > 0) {
            s += len;
        }
        return s == to;
    }

    /**
     * Whether the mention [s, e) lies inside one numbered reference written without spaces, a ruling's or a letter's
     * number: "4851K/Pid.Sus/2023", "115/PUU-XXII/2024". Such a run holds a slash and goes on to a digit after the
     * mention (a case code ends with its year); its words are a court's case codes, no names. A name that ends the
     * run stays: "Kodim 0830/Surabaya", "G30S/PKI".
     */
    static boolean inNumberedReference(ArticleTokens t, int s, int e) {
        String text = t.text;
        int from = t.starts[s];
        int to = t.ends[e - 1];
        for (int k = from; k < to; k++) {
            if (Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        boolean slash = false;
        boolean digit = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            slash |= c == '/';
            digit |= c >= '0' && c <= '9' && k >= t.ends[e - 1];
        }
        return slash && digit;
    }

    /** Whether word {@code k} is the law's "jo" (juncto) before a cited article: "jo Pasal 55", "Jo. Ps 46". */
    private static boolean juncto(ArticleTokens t, int k) {
        if (t.lower[k] != JO && t.lower[k] != JO_DOT && t.lower[k] != JUNCTO) {
            return false;
        }
        int next = k + 1 < t.size && t.words[k + 1].equals(".") ? k + 2 : k + 1;
        return next < t.size && ARTICLE_WORDS.get(t.lower[next], 0) != 0;
    }

    private static boolean inLongerPerson(ArticleTokens t, MentionTable table, long word) {
        for (Mention m : table.list()) {
            if (m.type() == EntityType.PERSON && m.end() - m.start() > 1) {
                for (int k = m.start(); k < m.end(); k++) {
                    if (t.lower[k] == word) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Mention trim(ArticleTokens t, Mention m, boolean cased) {
        int s = m.start();
        int e = m.end();
        while (s < e && (!t.isWord(s) || notName(t, s) || cased && !t.capitalised[s])) {
            s++;
        }
        while (e > s && (!t.isWord(e - 1) || cased && !t.capitalised[e - 1] && !Character.isDigit(t.words[e - 1].charAt(0)))) {
            e--;
        }
        while (e > s && e + 1 < t.size && TitleBinding.glued(t, e)) {
            e += 2;
        }
        for (int k = s; k < e; k++) {
            if (juncto(t, k)) {
                e = k; // "Pasal 55 Ayat (1) KUHP Jo. Pasal 64": the law's "juncto" joins two articles, no name
            }
        }
        while (e > s && !t.isWord(e - 1)) {
            e--;
        }
        while (m.type() == EntityType.PERSON && cased && s < e && CommonWords.nominalisation(t.words[s])) {
            s++; // "Pembangunan Kewilayahan Agus Harimurti Yudhoyono": the title's field, then the name
        }
        if (s == e || inNumberedReference(t, s, e)) {
            return null;
        }
        while (m.type() != EntityType.PERSON && cased && e - s > 1 && e < t.size && t.capitalised[e]
                && t.sameSegment(e - 1, e) && titles.holderRank(t.lower[e - 1])) {
            e--; // "Kasi Humas Polres Bogor Iptu Sutarno": the rank opens the holder's name and ends no body
        }
        if (m.type() == EntityType.PERSON && cased) {
            if (SentenceOpeners.commonOpener(t, s, e, lexicon)) {
                s++; // "Kunjungan Cook menjadi sinyal …": the sentence's first word is no part of Tim Cook's name
            }
            if (bodyAcronym(t, s, e)) {
                s++; // "Peneliti BRIN Muhammad Reza Cordova": the body's acronym is no part of its researcher's name
            }
            int len;
            int role = -1;
            while (s < e && lexicon.matchLength(t, s, GazetteerCategory.NAME_TITLE) == 0
                    && (len = leadingRole(t, s)) > 0 && s + len < e && !givenName(t, s, e)) {
                role = s;
                s += len;
            }
            if (titlesOnly(t, s, e) && !(e - s == 1 && givenNameTitles.get(t.lower[s], 0) != 0)) {
                // "Menko Pangan", "Menteri Agama" tagged as a person: an office without its holder's name
                return null;
            }
            if (role < 0) {
                role = titleBefore(t, s);
            }
            if (role >= 0 && e - s >= 3 && titles.regionOrUnitHead(t.lower[s - 1]) && territory(t, s)) {
                s++; // "Bupati Sleman Harda Kiswaya": the region, then the holder
            } else if (e - s >= 2 && s >= 2 && RegionalBodies.head(t.lower[s - 1])
                    && (role >= 0 || titleBefore(t, s - 1) >= 0) && territory(t, s)) {
                s++; // "Kepala Dikbud Kendari Saemina": the office, its regional body, the region, then the holder
            }
            if (role >= 0 && (titles.unitAfterTitle(t, role, s, e, true, true) || TitleBinding.romanNumerals(t, s, e))) {
                return null;
            }
        }
        return s < e ? new Mention(s, e, m.type()) : null;
    }

    /** Words that start a title, a rank, or an organisation's or place's own name: never a glued body's acronym. */
    private static final List<GazetteerCategory> BODY_ACRONYM_EXCEPTIONS = List.of(GazetteerCategory.TITLE,
            GazetteerCategory.NAME_TITLE, GazetteerCategory.ORG_CUE, GazetteerCategory.LOC_CUE);

    /**
     * Whether word {@code s} of the person mention [s, e) is a body's acronym glued to a full name after it ("BRIN
     * Muhammad Reza Cordova"): three or more capital letters, no title or rank of the gazetteer ("AKBP"), no word
     * that opens an organisation's or a place's own name ("RSUD Siti Fatimah" is a hospital), then two or more words
     * in mixed case (a name in capitals, "PRABOWO SUBIANTO", is a heading's) that do not start with a place ("KBRI
     * Rabat" is the embassy).
     */
    private boolean bodyAcronym(ArticleTokens t, int s, int e) {
        String word = t.words[s];
        if (e - s < 3 || word.length() < 3 || !AcronymMatch.allCapitals(word)
                || !letters(word) || !t.isWord(s + 1)
                || AcronymMatch.allCapitals(t.words[s + 1])) {
            return false;
        }
        for (GazetteerCategory opener : BODY_ACRONYM_EXCEPTIONS) {
            if (lexicon.matchLength(t, s, opener) > 0) {
                return false;
            }
        }
        int[] length = new int[1];
        return lexicon.nameCategory(t, s + 1, length) != GazetteerCategory.LOC;
    }

    /**
     * Whether word {@code w}, right after a regional head's title inside a tagged person, is the region: a place of
     * the gazetteer, or a word the article writes after a place cue or "di" elsewhere ("Kabupaten Sleman", "di
     * Sleman"), which a person's given name never follows.
     */
    private boolean territory(ArticleTokens t, int w) {
        int[] length = new int[1];
        if (lexicon.nameCategory(t, w, length) == GazetteerCategory.LOC && length[0] == 1) {
            return true;
        }
        for (int k = 1; k < t.size; k++) {
            if (k != w && t.lower[k] == t.lower[w] && (t.lower[k - 1] == DI
                    || lexicon.matchLength(t, k - 1, GazetteerCategory.LOC_CUE) == 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Length of what may stand before a person's name inside a tagged person: a title, a portfolio, or a known
     * organisation the title belongs to ("Ketua Umum Partai NasDem Surya Paloh"); 0 when none starts at {@code s}.
     */
    private int leadingRole(ArticleTokens t, int s) {
        int role = Math.max(lexicon.matchLength(t, s, GazetteerCategory.TITLE),
                lexicon.matchLength(t, s, GazetteerCategory.PORTFOLIO));
        if (role > 0 || !titles.titleEndsAt(t, s)) {
            return role;
        }
        int[] length = new int[1];
        return lexicon.nameCategory(t, s, length) == GazetteerCategory.ORG ? length[0] : 0;
    }

    /**
     * A place or organisation that starts with a word that starts place names ("Kota Nusantara") right after the
     * words that open a phrase with it that alone is no name ("Ibu Kota"): the mention starts with the phrase. This
     * runs after the trim, which drops such a phrase's first words like any word that is no name.
     */
    private Mention withCuePhrase(ArticleTokens t, Mention m) {
        if (m == null || m.type() == EntityType.PERSON || m.end() - m.start() < 2
                || lexicon.matchLength(t, m.start(), GazetteerCategory.LOC_CUE) == 0) {
            return m;
        }
        for (int k = 1; k <= 2 && m.start() - k >= 0; k++) {
            int from = m.start() - k;
            if (!t.isWord(from) || !t.capitalised[from]) {
                return m;
            }
            if (lexicon.matchLength(t, from, GazetteerCategory.NOT_NAME) == k + 1) {
                return new Mention(from, m.end(), m.type());
            }
        }
        return m;
    }

    private boolean notName(ArticleTokens t, int i) {
        return lexicon.matchLength(t, i, GazetteerCategory.NOT_NAME) > 0;
    }

    private static boolean hasCapital(ArticleTokens t, Mention m) {
        for (int k = m.start(); k < m.end(); k++) {
            if (t.capitalised[k]) {
                return true;
            }
        }
        return false;
    }

    private void gazetteer(ArticleTokens t, MentionTable table) {
        int[] length = new int[1];
        Map<String, GazetteerCategory> variantCategory = new HashMap<>();
        for (int i = 0; i < t.size; i++) {
            GazetteerCategory c = t.capitalised[i] ? lexicon.nameCategory(t, i, length) : null;
            if (c == null && t.capitalised[i] && table.at(i) == null && t.words[i].length() >= 4) {
                String w = t.words[i];
                if (variantCategory.containsKey(w)) {
                    c = variantCategory.get(w);
                } else {
                    String spelling = variants.tableSpelling(w);
                    c = spelling != null ? lexicon.categoryOf(spelling) : pairCategory(w);
                    variantCategory.put(w, c);
                }
                length[0] = 1;
            }
            if (c == null || !allCapitalised(t, i, i + length[0]) || table.coveredByLonger(i, i + length[0])) {
                continue;
            }
            int end = i + length[0];
            boolean longerName = end < t.size && t.capitalised[end] && t.sameSegment(i, end) && table.at(end) == null
                    && c != GazetteerCategory.PER && !notName(t, end) && !titles.titleEndsAt(t, i);
            boolean cued = i > 0 && t.sameSegment(i, i - 1) && table.at(i - 1) == null
                    && (lexicon.matchLength(t, i - 1, GazetteerCategory.ORG_CUE) == 1
                    || lexicon.matchLength(t, i - 1, GazetteerCategory.LOC_CUE) == 1);
            if (longerName || cued) {
                continue;
            }
            EntityType type = c == GazetteerCategory.LOC ? EntityType.LOCATION
                    : c == GazetteerCategory.ORG ? EntityType.ORGANIZATION : EntityType.PERSON;
            table.add(new Mention(i, end, type));
            i = end - 1;
        }
    }

    /**
     * "Perjalanan Jakarta-Bandung", "perbatasan Thailand-Kamboja": one word of two places (or two bodies) the
     * gazetteer knows, joined by a hyphen, is a name of that type ({@link HyphenPairs} later gives each side its
     * entity); null for any other word. People are left to the tagger ("Prabowo-Gibran").
     */
    private GazetteerCategory pairCategory(String w) {
        int hyphen = w.indexOf('-');
        if (hyphen < 2 || hyphen > w.length() - 3 || w.indexOf('-', hyphen + 1) >= 0
                || !Character.isUpperCase(w.charAt(hyphen + 1))) {
            return null;
        }
        if (w.substring(0, hyphen).equalsIgnoreCase(w.substring(hyphen + 1))) {
            return null; // "BUMN-BUMN": a plural, no pair
        }
        GazetteerCategory left = lexicon.categoryOf(w.substring(0, hyphen));
        GazetteerCategory right = lexicon.categoryOf(w.substring(hyphen + 1));
        return left == right && (left == GazetteerCategory.LOC || left == GazetteerCategory.ORG) ? left : null;
    }

    /** "kata Peskov", "menurut Peskov": an untagged capitalised name after a speech cue is a person. */
    private void cued(ArticleTokens t, MentionTable table) {
        int[] length = new int[1];
        for (int i = 0; i + 1 < t.size; i++) {
            int j = i + 1;
            if (!personCues.is(t.lower[i]) || !t.sameSegment(i, j)
                    || table.at(j) != null || !t.capitalised[j]
                    || lexicon.matchLength(t, j, GazetteerCategory.TITLE) > 0
                    || lexicon.nameCategory(t, j, length) != null) {
                continue;
            }
            int k = titles.nameEnd(t, j);
            boolean free = k > j;
            for (int q = j; q < k && free; q++) {
                free = table.at(q) == null && lexicon.matchLength(t, q, GazetteerCategory.ORG_CUE) == 0
                        && lexicon.matchLength(t, q, GazetteerCategory.LOC_CUE) == 0;
            }
            if (free) {
                table.add(new Mention(j, k, EntityType.PERSON));
            }
        }
    }

    /** Start of a title of up to three words that ends right before word {@code i}, or -1. */
    private int titleBefore(ArticleTokens t, int i) {
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            if (lexicon.matchLength(t, i - back, GazetteerCategory.TITLE) == back) {
                return i - back;
            }
        }
        return -1;
    }

    private static boolean allCapitalised(ArticleTokens t, int start, int end) {
        for (int k = start; k < end; k++) {
            if (t.isWord(k) && !t.capitalised[k] && !Character.isDigit(t.words[k].charAt(0))) {
                return false;
            }
        }
        return true;
    }

}
