package dev.intisari.core.quote;

/**
 * The parts of a run of words that may name someone: the name itself (the last run of name-like words),
 * the title words before it, and where an organisation's name starts. Used both on speaker phrases and on
 * every capitalised run of the article when names are collected without entities.
 */
final class PhraseAnalysis {
    /** Gap bits: punctuation around a month word that keeps it out of a name. */
    private static final int CLAUSE_END = Words.bits(",.;:(");
    enum WordClass { HONORIFIC, TITLE, ORGANISATION, PLACE, ACRONYM, NAME, PARTICLE, PRONOUN, MARKER, OTHER }

    final int from;
    final int to;
    /** The name's words [nameFrom, nameTo), or -1 when there is no name. */
    final int nameFrom;
    final int nameTo;
    /** First organisation word, or -1. */
    final int organisation;
    final boolean hasTitle;
    final boolean hasPronoun;
    final boolean hasPluralPronoun;
    final boolean hasMarker;
    final boolean titleFirst;
    final boolean organisationFirst;
    /**
     * A common noun stands right before the name, with no comma between ("ibu Agnes", "pengguna Youtube"): the
     * phrase is not the name.
     */
    final boolean headNoun;
    /** The name follows an organisation's word ("PT Dhirga Surya Ari Wibowo"): its first words may be the organisation's. */
    final boolean afterOrganisation;

    PhraseAnalysis(ArticleView view, int from, int to) {
        this.from = from;
        this.to = to;
        Words words = view.words;
        int runFrom = -1;
        int runTo = -1;
        int namedFrom = -1;
        int namedTo = -1;
        int org = -1;
        int lastCommon = -1;
        boolean title = false;
        boolean pronoun = false;
        boolean plural = false;
        boolean marker = false;
        WordClass first = null;
        int current = -1;
        boolean organisationBefore = false;
        boolean[] titled = quotedTitles(words, from, to);
        for (int w = from; w < to; w++) {
            WordClass c = titled != null && titled[w - from] ? WordClass.OTHER : classify(view, w);
            if (first == null && c != WordClass.HONORIFIC) {
                first = c;
            }
            if (c == WordClass.NAME) {
                if (current < 0 || words.gapBeforeHas(w, Words.PAREN | Words.COMMA)) {
                    // "Menteri … (Mendikdasmen) Abdul Mu'ti": a parenthesis ends a name, and so does a comma
                    // ("pengemudi asal Genuk, Wawan")
                    current = w;
                    if (runFrom >= 0 && !complement(view, from, runFrom)) {
                        namedFrom = runFrom;
                        namedTo = runTo;
                    }
                }
                runFrom = current;
                runTo = w + 1;
            } else if (c != WordClass.PARTICLE) {
                current = -1;
            }
            if (c == WordClass.ORGANISATION && org < 0) {
                org = w;
            }
            boolean pluralPronoun = (view.mask[w] & QuoteLexicon.PLURAL_PRONOUN) != 0;
            if (c == WordClass.OTHER && !words.capitalised(w) && !pluralPronoun) {
                lastCommon = w;
            }
            title |= c == WordClass.TITLE;
            pronoun |= c == WordClass.PRONOUN;
            plural |= pluralPronoun;
            marker |= c == WordClass.MARKER;
        }
        if (runFrom >= 0 && complement(view, from, runFrom)) {
            // "Retno Marsudi di Jakarta", "seorang pria warga Jember": the last run is where or whom the phrase's
            // subject is at or of; the name is the run before it, if any
            runFrom = namedFrom;
            runTo = namedTo;
        }
        if (runFrom >= 0 && runFrom > from && runTo - runFrom >= 3
                && view.is(runFrom - 1, QuoteLexicon.PLACE_TITLE)) {
            runFrom++;
        }
        if (runFrom >= 0 && runTo - runFrom >= 2 && runTo == to - 1 && !view.is(runTo, QuoteLexicon.TITLE)
                && classify(view, runTo) == WordClass.PLACE && words.gapBeforeIsBlank(runTo)
                && (to == words.size || !words.capitalised(to) || words.gapBeforeHas(to, CLAUSE_END))) {
            // "Willy Indra Yunani": a place word that ends a name of two or more words, with no punctuation and
            // nothing after it, is the last word of the name (a place follows a name only after "di", "dari")
            runTo++;
        }
        if (runFrom > from) {
            WordClass before = classify(view, runFrom - 1);
            if (before == WordClass.ORGANISATION && runTo - runFrom <= 2
                    && view.is(runFrom - 1, QuoteLexicon.ORGANISATION_HEAD)) {
                runFrom = -1;
                runTo = -1;
            } else if ((before == WordClass.ORGANISATION || before == WordClass.ACRONYM) && runTo - runFrom >= 3) {
                organisationBefore = true;
            }
        }
        if (runFrom >= 0) {
            for (int w = runTo; w < to; w++) {
                WordClass c = classify(view, w);
                if (c == WordClass.ACRONYM || c == WordClass.ORGANISATION) {
                    runFrom = -1;
                    runTo = -1;
                    break;
                }
            }
        }
        nameFrom = runFrom;
        nameTo = runTo;
        afterOrganisation = organisationBefore;
        organisation = org;
        hasTitle = title;
        hasPronoun = pronoun;
        hasPluralPronoun = plural;
        hasMarker = marker;
        titleFirst = first == WordClass.TITLE;
        organisationFirst = first == WordClass.ORGANISATION;
        // "seorang warga, Budi": after a comma the name is the noun's apposition, not a word it heads
        headNoun = runFrom >= 0 && lastCommon >= 0 && lastCommon == runFrom - 1
                && !words.gapBeforeHas(runFrom, Words.COMMA);
    }

    /**
     * Whether the name run starting at {@code run} follows a complement word ("di", "dari", "menuju"), with only
     * place words between ("di Kecamatan Cidahu"), or a noun for a place's people and a place word ("warga Desa
     * Sukamaju"): it says where the phrase's subject is, or whose people it is of.
     */
    private static boolean complement(ArticleView view, int from, int run) {
        int k = run - 1;
        while (k > from && view.is(k, QuoteLexicon.PLACE) && view.words.capitalised(k)
                && !view.words.gapBeforeHas(k + 1, Words.COMMA)) {
            k--;
        }
        if (k < from || view.words.gapBeforeHas(k + 1, Words.COMMA | Words.PAREN)) {
            return false;
        }
        String word = view.words.lower(k);
        // "warga Desa Sukamaju", but "Ketua forum warga Sudirman Halim" names a person after the noun
        return view.lexicon.complementWords.contains(word) || k < run - 1 && view.lexicon.residentNouns.contains(word);
    }

    /**
     * The words of the phrase inside quotation marks that enclose two or more words: the title of a work
     * ("Pelantun lagu 'Talking to The Moon' itu"), whose capitals name no one. A nickname in quotation marks
     * ("Bambang \"Bamsoet\" Soesatyo") is one word and stays. Null when there is none.
     */
    private static boolean[] quotedTitles(Words words, int from, int to) {
        boolean[] titled = null;
        for (int open = from; open < to; open++) {
            if (!opensQuote(words, open)) {
                continue;
            }
            for (int close = open + 2; close <= to && close - open <= 8; close++) {
                if (close < words.size && closesQuote(words, close)) {
                    if (titled == null) {
                        titled = new boolean[to - from];
                    }
                    for (int w = open; w < close; w++) {
                        titled[w - from] = true;
                    }
                    open = close - 1;
                    break;
                }
                if (close < words.size && opensQuote(words, close)) {
                    break;
                }
            }
        }
        return titled;
    }

    /** The gap before word {@code w} ends in a quotation mark that white space (or the text's start) precedes. */
    private static boolean opensQuote(Words words, int w) {
        if (!words.gapMayHoldQuoteMark(w)) {
            return false;
        }
        int k = words.start[w] - 1;
        int gapStart = w > 0 ? words.end[w - 1] : 0;
        while (k >= gapStart && Character.isWhitespace(words.text.charAt(k))) {
            k--;
        }
        return k >= gapStart && isQuoteMark(words.text.charAt(k)) && (k == 0 || k > gapStart
                && Character.isWhitespace(words.text.charAt(k - 1)));
    }

    /** The gap before word {@code w} starts with a quotation mark that white space follows. */
    private static boolean closesQuote(Words words, int w) {
        if (!words.gapMayHoldQuoteMark(w)) {
            return false;
        }
        int k = w > 0 ? words.end[w - 1] : 0;
        while (k < words.start[w] && Character.isWhitespace(words.text.charAt(k))) {
            k++;
        }
        return k + 1 < words.start[w] && isQuoteMark(words.text.charAt(k))
                && Character.isWhitespace(words.text.charAt(k + 1));
    }

    private static boolean isQuoteMark(char c) {
        return c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D';
    }

    boolean hasName() {
        return nameFrom >= 0;
    }

    private static final WordClass[] CLASSES = WordClass.values();

    /** The class of word {@code w}, computed once per article. */
    static WordClass classify(ArticleView view, int w) {
        byte cached = view.wordClass[w];
        if (cached > 0) {
            return CLASSES[cached - 1];
        }
        WordClass c = compute(view, w);
        view.wordClass[w] = (byte) (c.ordinal() + 1);
        return c;
    }

    private static WordClass compute(ArticleView view, int w) {
        Words words = view.words;
        int m = view.mask[w];
        boolean cap = words.capitalised(w);
        if ((m & QuoteLexicon.HONORIFIC) != 0 && (cap || words.gapHas(w, Words.DOT))) {
            return WordClass.HONORIFIC;
        }
        if ((m & QuoteLexicon.TITLE) != 0) {
            return WordClass.TITLE;
        }
        if ((m & QuoteLexicon.ORGANISATION) != 0 && !((m & QuoteLexicon.PLACE) != 0 && cap && w > 0
                && (view.mask[w - 1] & QuoteLexicon.PLACE) != 0 && words.capitalised(w - 1))) {
            // "Serikat" is an organisation's word, but a place's in "Amerika Serikat"
            return WordClass.ORGANISATION;
        }
        if ((m & QuoteLexicon.PLACE) != 0 && cap) {
            return WordClass.PLACE;
        }
        if (cap && words.acronym(w)) {
            return WordClass.ACRONYM;
        }
        if ((m & QuoteLexicon.CUE) != 0) {
            return WordClass.OTHER;
        }
        if ((m & QuoteLexicon.PRONOUN) != 0) {
            return WordClass.PRONOUN;
        }
        if ((m & QuoteLexicon.MARKER) != 0) {
            return WordClass.MARKER;
        }
        if (cap && view.sentenceInitial(w) && view.lexicon.personNouns.contains(words.lower(w))
                && !(w + 1 < words.size && words.lowerEquals(w + 1, "yang"))) {
            // "Pelantun lagu 'Mari Bercinta' ini": a person noun with its sentence's capital heads a description
            // (with "yang" after it the speaker resolver reads the relative clause itself)
            return WordClass.OTHER;
        }
        if (cap && Character.isLetter(words.text.charAt(words.start[w]))
                && (!view.ordinaryCapital(w) || monthInName(view, w))) {
            return WordClass.NAME;
        }
        if ((m & QuoteLexicon.PARTICLE) != 0) {
            return WordClass.PARTICLE;
        }
        return WordClass.OTHER;
    }

    /** "BI Juli Budi Winantya": a month word between a title or acronym and a name is a given name. */
    private static boolean monthInName(ArticleView view, int w) {
        Words words = view.words;
        if (w == 0 || w + 1 >= words.size || view.sentenceInitial(w) || words.gapBeforeHas(w, CLAUSE_END)
                || words.gapHas(w, CLAUSE_END)) {
            return false;
        }
        boolean afterTitle = (words.capitalised(w - 1) && words.acronym(w - 1)) || view.is(w - 1, QuoteLexicon.TITLE);
        boolean beforeName = words.capitalised(w + 1) && !view.is(w + 1, QuoteLexicon.NOT_NAME | QuoteLexicon.TITLE)
                && !words.acronym(w + 1);
        return afterTitle && beforeName;
    }
}
