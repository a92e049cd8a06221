package dev.intisari.core.quote;

/**
 * Reads the parts of an attribution around a speech cue, in words: the speaker phrase after a cue
 * ("kata | Juru bicara Kremlin Dmitry Peskov | kepada ABC News"), the subject before a verb
 * ("Peskov juga | menyebut"), and the addressee ("kepada ...") and place ("di Vladivostok") that follow.
 */
final class AttributionReader {
    /** Gap bits: the end of an apposition. */
    private static final int APPOSITION_END = Words.bits(",.;\n");
    /** Gap bits: punctuation that ends a phrase. */
    private static final int PHRASE_BREAK = Words.bits(",.;:\"\u201C\u201D\n");
    /** Gap bits: punctuation that a comma of apposition must not come with. */
    private static final int NOT_APPOSITION = Words.bits(".;:\"\u201C\u201D\n");
    /** Gap bits: a quotation mark or an opening parenthesis. */
    private static final int QUOTE_OR_PARENTHESIS = Words.bits("\"\u201C\u201D(");
    private static final int CLAUSE_BREAKS = Words.bits(",;:()\"\u201C\u201D\u2018\u2019\u00AB\u00BB\n!?");
    private static final int SUBJECT_BREAKS = Words.bits(",;:\"\u201C\u201D\u2018\u2019\u00AB\u00BB\n!?");
    private static final int SENTENCE_BREAKS = Words.bits("\n!?\"\u201C\u201D\u00AB\u00BB");
    private static final int MAX_PHRASE = 18;
    /** Nouns for the press, which end an addressee ("kepada wartawan", "kepada awak media"). */
    private static final String[] PRESS = {"wartawan", "wartawati", "media", "jurnalis", "pers", "reporter"};
    private static final int MAX_TAIL = 25;

    private final ArticleView view;
    private final Words words;

    AttributionReader(ArticleView view) {
        this.view = view;
        this.words = view.words;
    }

    /** End (exclusive word index) of the speaker phrase starting at word {@code from}. */
    int phraseEnd(int from, int limit) {
        int end = plainPhraseEnd(from, limit);
        // "kata Ketua Baleg DPR RI, Bob Hasan, dalam rapat": a title without a name takes the apposition
        if (end > from && end < Math.min(limit, words.size) && view.is(from, QuoteLexicon.TITLE)
                && words.gapBeforeHas(end, Words.COMMA) && !words.gapBeforeHas(end, NOT_APPOSITION)
                && words.capitalised(end) && !view.is(end, QuoteLexicon.NOT_NAME)
                && PhraseAnalysis.classify(view, end) != PhraseAnalysis.WordClass.PLACE
                && !namesHolder(from, end)) {
            // "tutur Ketua RT 21, Kelurahan Belo, itu": an apposition opening with a place word is the title's place
            int next = plainPhraseEnd(end, limit);
            if (next > end && new PhraseAnalysis(view, end, next).hasName()) {
                return next;
            }
        }
        int holder = holderAfterBracketedBody(from, end, limit);
        if (holder > 0) {
            return holder;
        }
        // "kata penasihat hukum Hendra, Robert Sihombing, seusai sidang": a role of a named person, then the
        // speaker's own full name in apposition
        if (end > from + 1 && end < Math.min(limit, words.size) && view.is(from, QuoteLexicon.TITLE)
                && appositionOpens(end)) {
            int next = nameApposition(end, limit, 2);
            if (next > 0 && new PhraseAnalysis(view, from, end).hasName()) {
                return next;
            }
        }
        int ranked = rankedApposition(from, end, limit);
        if (ranked > 0) {
            return ranked;
        }
        int institutional = institutionalApposition(from, end, limit);
        if (institutional > 0) {
            return institutional;
        }
        int described = descriptionApposition(from, end, limit);
        if (described > 0) {
            return described;
        }
        int expanded = appositionAfterExpansion(from, end, limit);
        return expanded > 0 ? expanded : end;
    }

    /**
     * Whether the office phrase [from, end) names its holder. One capitalised word right after a body's word, an
     * acronym or a place word is the body's region, not a person: "Kasi Intel Kejari Cilegon", "Plt Kepala BPBD
     * Banyumas", "hakim tunggal PN Palu", "Kepala Dinas Kabupaten Boyolali".
     */
    private boolean namesHolder(int from, int end) {
        PhraseAnalysis office = new PhraseAnalysis(view, from, end);
        if (!office.hasName() || office.nameTo - office.nameFrom != 1 || office.nameFrom == from) {
            return office.hasName();
        }
        int before = office.nameFrom - 1;
        PhraseAnalysis.WordClass c = PhraseAnalysis.classify(view, before);
        return !(c == PhraseAnalysis.WordClass.ORGANISATION || c == PhraseAnalysis.WordClass.ACRONYM
                || c == PhraseAnalysis.WordClass.PLACE || view.is(before, QuoteLexicon.PLACE_TITLE));
    }

    /**
     * "terang Kanit Laka Lantas Polres Mojokerto, Ipda Bachtiar, Senin": an office, then the holder's rank and name
     * in apposition (police and military writing). The apposition opens with title words and ends with a name
     * closed by a comma or the sentence's end. The end of the apposition, or -1.
     */
    private int rankedApposition(int from, int end, int limit) {
        int stop = Math.min(limit, words.size);
        if (end <= from || end >= stop || !view.is(from, QuoteLexicon.TITLE) || !words.gapBeforeHas(end, Words.COMMA)
                || words.gapBeforeHas(end, NOT_APPOSITION) || !view.is(end, QuoteLexicon.TITLE)
                || !words.capitalised(end)) {
            return -1;
        }
        PhraseAnalysis office = new PhraseAnalysis(view, from, end);
        if (office.hasName() && !(office.nameFrom > from && view.is(office.nameFrom - 1,
                QuoteLexicon.PLACE_TITLE | QuoteLexicon.ORGANISATION))) {
            // "kata Kompol Yhogi Hadi Setiawan, Kapolsek Dukuh Pakis": the holder came first; only a place after an
            // office or a body ("Kapolres Mojokerto", "Polres Mojokerto") is no name
            return -1;
        }
        int next = plainPhraseEnd(end, limit);
        PhraseAnalysis apposition = new PhraseAnalysis(view, end, next);
        if (!apposition.hasName() || apposition.nameTo != next || apposition.nameFrom <= end) {
            return -1;
        }
        for (int w = end; w < apposition.nameFrom; w++) {
            if (!view.is(w, QuoteLexicon.TITLE)) {
                return -1;
            }
        }
        // the name closes the phrase, or the addressee or time follows it ("AKP Supriadi kepada wartawan")
        return next >= words.size || words.gapBeforeHas(next, APPOSITION_END)
                || !breakBefore(next) && view.is(next, QuoteLexicon.PHRASE_STOP) ? next : -1;
    }

    /**
     * "kata Direktur Eksekutif Indef (Institute for Development of Economics), Tauhid Ahmad": a title phrase
     * whose last word is given its expansion in parentheses, so that word names an organisation, then the
     * speaker's full name in apposition after the parenthesis. The end of the apposition, or -1.
     */
    private int appositionAfterExpansion(int from, int end, int limit) {
        int stop = Math.min(limit, words.size);
        if (end <= from || end >= stop || !view.is(from, QuoteLexicon.TITLE) || !words.gapBeforeIsOnly(end, '(')
                || !words.capitalised(end)) {
            return -1;
        }
        int close = end + 1;
        while (close < stop && close - end <= 8 && !words.gapBeforeHas(close, Words.CLOSE_PAREN)) {
            if (words.gapBeforeHas(close, NOT_APPOSITION) || words.gapBeforeHas(close, Words.COMMA)) {
                return -1;
            }
            close++;
        }
        return close < stop && close - end <= 8 && appositionOpens(close) ? nameApposition(close, limit, 2) : -1;
    }

    /**
     * "kata peneliti pada Organisasi HAM Saudi Eropa (ESOHR), Duaa Dhainy": a title without a name, "pada" or
     * "dari" and an organisation, then the speaker's full name in apposition. The end of the apposition, or -1
     * when the words after {@code end} are not of that shape (a time, "pada Senin", ends the phrase as before).
     * "di" is left out: after a title it introduces the venue ("di Gedung DPR, Kompleks Parlemen").
     */
    private int institutionalApposition(int from, int end, int limit) {
        int stop = Math.min(limit, words.size);
        if (end <= from || end + 2 >= stop || !view.is(from, QuoteLexicon.TITLE) || breakBefore(end)
                || !(words.lowerEquals(end, "pada") || words.lowerEquals(end, "dari"))
                || breakBefore(end + 1) || !words.capitalised(end + 1)
                || new PhraseAnalysis(view, from, end).hasName()) {
            return -1;
        }
        PhraseAnalysis.WordClass body = PhraseAnalysis.classify(view, end + 1);
        if (body != PhraseAnalysis.WordClass.ORGANISATION && body != PhraseAnalysis.WordClass.ACRONYM) {
            return -1;
        }
        int organisationEnd = plainPhraseEnd(end + 1, limit);
        if (organisationEnd >= stop || !appositionOpens(organisationEnd)
                || new PhraseAnalysis(view, end + 1, organisationEnd).hasName()) {
            return -1;
        }
        return nameApposition(organisationEnd, limit, 1);
    }

    /**
     * "kata seorang warga, Budi (40), kepada wartawan", "ujar salah satu pengemudi ojol asal Genuk, Wawan": a
     * description in common nouns (a capitalised place only after an origin word or a preposition), then the
     * speaker's own name in apposition, closed by a comma, the sentence's end, an age in parentheses or the words
     * that end a speaker phrase ("kepada", "saat"). The end of the apposition, or -1.
     */
    private int descriptionApposition(int from, int end, int limit) {
        int stop = Math.min(limit, words.size);
        if (end <= from || end >= stop || words.capitalised(from) || !appositionOpens(end)) {
            return -1;
        }
        for (int w = from; w < end; w++) {
            if (view.is(w, QuoteLexicon.PRONOUN | QuoteLexicon.PLURAL_PRONOUN)
                    || words.capitalised(w) && !placeAfterOrigin(w, from)) {
                return -1;
            }
        }
        int next = plainPhraseEnd(end, limit);
        PhraseAnalysis apposition = new PhraseAnalysis(view, end, next);
        if (!apposition.hasName() || apposition.nameFrom != end || apposition.nameTo != next) {
            return -1;
        }
        return next >= words.size || words.gapBeforeHas(next, APPOSITION_END) || ageInParentheses(next)
                || !breakBefore(next) && view.is(next, QuoteLexicon.PHRASE_STOP) ? next : -1;
    }

    /** "asal Genuk", "dari Semarang Timur": a capitalised word of a place named after an origin word or a preposition. */
    private boolean placeAfterOrigin(int w, int from) {
        int k = w;
        while (k > from && words.capitalised(k - 1) && !breakBefore(k)) {
            k--;
        }
        return k > from && !breakBefore(k) && (view.lexicon.originWords.contains(words.lower(k - 1))
                || view.is(k - 1, QuoteLexicon.PHRASE_STOP) && !words.lowerEquals(k - 1, "dan"));
    }

    /** "(40)" at word {@code w}: a person's age in parentheses after a name. */
    private boolean ageInParentheses(int w) {
        if (w >= words.size || !words.gapBeforeIsOnly(w, '(') || words.end[w] - words.start[w] > 3
                || w + 1 < words.size && !words.gapBeforeStartsWith(w + 1, ')')) {
            return false;
        }
        for (int i = words.start[w]; i < words.end[w]; i++) {
            if (!Character.isDigit(words.text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a comma, and no stronger mark, opens an apposition at word {@code w} that may be a name: capitalised,
     * no title, no word that is never a name.
     */
    private boolean appositionOpens(int w) {
        return words.gapBeforeHas(w, Words.COMMA) && !words.gapBeforeHas(w, NOT_APPOSITION) && words.capitalised(w)
                && !view.is(w, QuoteLexicon.TITLE) && !view.is(w, QuoteLexicon.NOT_NAME);
    }

    /**
     * The end of an apposition from word {@code w} that is a full name of at least {@code minimumWords} words and
     * nothing else, closed by a comma or the sentence's end; -1 when it is not.
     */
    private int nameApposition(int w, int limit, int minimumWords) {
        int next = plainPhraseEnd(w, limit);
        PhraseAnalysis apposition = new PhraseAnalysis(view, w, next);
        boolean wholeName = next - w >= minimumWords && apposition.hasName() && apposition.nameFrom == w
                && apposition.nameTo == next;
        return wholeName && (next >= words.size || words.gapBeforeHas(next, APPOSITION_END)) ? next : -1;
    }

    private int plainPhraseEnd(int from, int limit) {
        int w = from;
        while (w < limit && w < words.size && w - from < MAX_PHRASE) {
            if (w > from && parenthesisedAcronym(w)) {
                w++;
                continue;
            }
            int afterBrackets = w > from ? bracketedShortName(w, limit) : -1;
            if (afterBrackets > 0) {
                // the capitalised word after the bracket goes on with the phrase
                w = afterBrackets + 1;
                continue;
            }
            boolean innerAnd = w > from && words.lowerEquals(w, "dan") && words.capitalised(w - 1)
                    && w + 1 < words.size && words.capitalised(w + 1) && !breakBefore(w + 1);
            if (w > from && (breakBefore(w) && !(w - 1 == from && abbreviatedTitle(from))
                    || view.is(w, QuoteLexicon.PHRASE_STOP)
                    && !innerAnd || isCue(w)
                    || verbAfterName(w))) {
                break;
            }
            if (w == from && view.is(w, QuoteLexicon.PHRASE_STOP)) {
                break;
            }
            w++;
        }
        return w;
    }

    /**
     * "ujar Plt. Direktur Jenderal Imigrasi …": a capitalised title of three letters or fewer that opens the speaker's
     * phrase, followed by one dot and a capitalised word, is abbreviated and goes on with the phrase.
     */
    private boolean abbreviatedTitle(int w) {
        int dot = words.end[w];
        return words.end[w] - words.start[w] <= 3 && words.capitalised(w) && view.is(w, QuoteLexicon.TITLE)
                && dot < words.text.length() && words.text.charAt(dot) == '.' && w + 1 < words.size
                && words.capitalised(w + 1) && !words.gapBeforeHas(w + 1, CLAUSE_BREAKS);
    }

    /**
     * "kata Irma membacakan sambutan Wihaji": a word in lower case with the verb prefix me- right after a capitalised
     * word ends the speaker's phrase; the speaker's next act follows, not more of his name or title.
     */
    private boolean verbAfterName(int w) {
        if (words.capitalised(w) || !words.capitalised(w - 1) || view.is(w, QuoteLexicon.TITLE)) {
            return false;
        }
        String l = words.lower(w);
        if (l.length() < 6 || !l.startsWith("me")) {
            return false;
        }
        for (int i = 2; i < l.length(); i++) {
            if (!Character.isLetter(l.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Most words of the body's place between its bracketed short name and the comma. */
    private static final int PLACE_WORDS = 3;

    /**
     * "kata Kepala Dinas Kesehatan (Dinkes) Seram Bagian Barat, Gariman Kurniawan": an office whose body is given its
     * short name in brackets and then its place (a few capitalised words, one of them a place word) before a comma
     * names no holder; the holder's name follows in apposition. The end of the apposition, or -1.
     */
    private int holderAfterBracketedBody(int from, int end, int limit) {
        if (end <= from + 1 || end >= Math.min(limit, words.size) || !view.is(from, QuoteLexicon.TITLE)
                || !words.gapBeforeHas(end, Words.COMMA) || words.gapBeforeHas(end, NOT_APPOSITION)
                || !words.capitalised(end) || view.is(end, QuoteLexicon.NOT_NAME)) {
            return -1;
        }
        int close = end - 1;
        while (close > from && end - close <= PLACE_WORDS && !words.gapBeforeIsOnly(close, ')')) {
            close--;
        }
        if (close <= from || !words.gapBeforeIsOnly(close, ')') || bracketedShortName(bracketOpen(close), limit) != close) {
            return -1;
        }
        boolean place = false;
        for (int k = close; k < end; k++) {
            place |= PhraseAnalysis.classify(view, k) == PhraseAnalysis.WordClass.PLACE
                    || view.is(k, QuoteLexicon.PLACE_TITLE);
        }
        if (!place) {
            return -1;
        }
        int next = plainPhraseEnd(end, limit);
        PhraseAnalysis apposition = new PhraseAnalysis(view, end, next);
        return next > end && apposition.hasName() && apposition.nameFrom == end ? next : -1;
    }

    /** The first word inside the brackets that close before word {@code close}, or -1. */
    private int bracketOpen(int close) {
        for (int k = close - 1; k > 0 && close - k <= BRACKETED_WORDS; k--) {
            if (words.gapBeforeIsOnly(k, '(')) {
                return k;
            }
        }
        return -1;
    }

    /** Most words of a bracketed short name inside a title phrase ({@link #bracketedShortName}). */
    private static final int BRACKETED_WORDS = 3;

    /**
     * "Dirjen Integrasi Transportasi dan Multimoda (Ditjen Intram) Kemenhub Risal Wasal": a bracketed short name of
     * capitalised words after a capitalised word, with the phrase going on in capitals after the bracket, is part
     * of the title; returns the (capitalised) word after the bracket, else -1.
     */
    private int bracketedShortName(int w, int limit) {
        if (w < 1 || !words.capitalised(w - 1) || !words.gapBeforeIsOnly(w, '(')) {
            return -1;
        }
        int k = w;
        while (k < words.size && k - w < BRACKETED_WORDS && words.capitalised(k)
                && (k == w || !words.gapBeforeHas(k, CLAUSE_BREAKS))) {
            k++;
        }
        return k > w && k < Math.min(limit, words.size) && words.gapBeforeIsOnly(k, ')') && words.capitalised(k)
                && !view.is(k, QuoteLexicon.NOT_NAME) && !isCue(k) ? k : -1;
    }

    /** "(BPKAD)" inside a title phrase: the acronym and the word after it do not end the phrase. */
    private boolean parenthesisedAcronym(int w) {
        if (!words.capitalised(w) || !words.acronym(w)) {
            int prev = w - 1;
            return prev > 0 && words.acronym(prev) && words.gapBeforeHas(prev, Words.OPEN_PAREN) && words.gapBeforeHas(w, Words.CLOSE_PAREN)
                    && !words.gapBeforeHas(w, PHRASE_BREAK) && words.capitalised(w);
        }
        return words.gapBeforeIsOnly(w, '(') && w + 1 <= words.size
                && (w + 1 == words.size || words.gapBeforeStartsWith(w + 1, ')'));
    }

    /**
     * The first word of the source after the nouns that stand for the statement ("demikian bunyi rilis resmi |
     * Marseille", "kata pernyataan | itu", "bunyi pernyataan yang diucapkan | Van Dijk"); {@code from} itself when
     * word {@code from} is no such noun.
     */
    int afterStatementNouns(int from, int limit) {
        if (from >= Math.min(limit, words.size) || !view.is(from, QuoteLexicon.STATEMENT_NOUN)) {
            return from;
        }
        int w = from;
        while (w < Math.min(limit, words.size) && (w == from || !breakBefore(w))
                && (view.is(w, QuoteLexicon.STATEMENT_NOUN) || view.is(w, QuoteLexicon.STATEMENT_MODIFIER))) {
            w++;
        }
        int max = Math.min(limit, words.size);
        if (w + 2 < max && words.lowerEquals(w, "yang") && view.is(w + 1, QuoteLexicon.CUE_PASSIVE)
                && !breakBefore(w) && !breakBefore(w + 1) && !breakBefore(w + 2)) {
            // "demikian bunyi pernyataan resmi yang diucapkan Van Dijk": the noun's relative clause names the source
            w += 2;
            if (w + 1 < max && words.lowerEquals(w, "oleh")) {
                w++;
            }
        }
        return w;
    }

    /**
     * The source phrase after statement nouns: {from, end}, or null when the statement nouns are followed by no
     * source but a demonstrative or nothing ("kata pernyataan itu"): the statement then points back.
     */
    int[] statementSource(int from, int limit) {
        if (from >= Math.min(limit, words.size) || breakBefore(from)) {
            return null;
        }
        int end = phraseEnd(from, limit);
        for (int w = from; w < end; w++) {
            if (!view.is(w, QuoteLexicon.MARKER)) {
                return new int[] {from, end};
            }
        }
        return null;
    }

    /** A word of any cue list (before, after, after with -nya, passive): exactly the {@code CUE} bit of the mask. */
    boolean isCue(int w) {
        return (view.mask[w] & QuoteLexicon.CUE) != 0;
    }

    /** Punctuation between word {@code w - 1} and {@code w} that ends a phrase (not an abbreviation dot). */
    boolean breakBefore(int w) {
        if (words.gapBeforeHas(w, CLAUSE_BREAKS)) {
            return true;
        }
        if (w > 0 && words.gapBeforeHas(w, Words.DOT)) {
            int prev = w - 1;
            if (thousandsDot(prev, w)) {
                // "Rp900.000": a dot between digits groups a number
                return false;
            }
            int len = words.end[prev] - words.start[prev];
            return !((len <= 2 && words.capitalised(prev)) || view.is(prev, QuoteLexicon.HONORIFIC));
        }
        return false;
    }

    /** Whether words {@code prev} and {@code w} are digits joined by one dot with no space ("900.000", "Rp1.5"). */
    private boolean thousandsDot(int prev, int w) {
        int dot = words.end[prev];
        return dot + 1 == words.start[w] && words.text.charAt(dot) == '.'
                && Character.isDigit(words.text.charAt(dot - 1)) && Character.isDigit(words.text.charAt(dot + 1));
    }

    /** Like {@link #breakBefore} but a parenthesis ("Badan ... (SVR) juga menyebut") does not end a subject. */
    boolean subjectBreakBefore(int w) {
        if (words.gapBeforeHas(w, SUBJECT_BREAKS)) {
            return true;
        }
        return words.gapBeforeHas(w, Words.DOT) && breakBefore(w);
    }

    /** A sentence ends between word {@code w - 1} and {@code w}. */
    boolean sentenceBreakBefore(int w) {
        if (words.gapBeforeHas(w, SENTENCE_BREAKS)) {
            return true;
        }
        return words.gapBeforeHas(w, Words.DOT) && breakBefore(w);
    }

    /**
     * Start (word index) of the subject that ends at word {@code cue - 1}, reading back no further than
     * {@code floor}; returns {@code cue} when there is none. Adverbs and time words just before the verb are
     * skipped; the returned subject ends at {@link #subjectEnd}.
     */
    int subjectEnd(int cue, int floor) {
        int e = cue;
        int adjunct = statementAdjunct(e, floor);
        if (adjunct > floor && adjunct < e) {
            // "CEO Ankiti Bose dalam rilisnya mengatakan": the release is where, not who
            e = adjunct;
        }
        if (e - 2 >= floor && words.lowerEquals(e - 1, "setempat") && words.capitalised(e - 2)) {
            e--; // "Badan … (BPBD) setempat mencatat": the local body; "polisi setempat" stays a common noun
        }
        while (e - 1 >= floor && (view.is(e - 1, QuoteLexicon.SUBJECT_SKIP)
                || Character.isDigit(words.text.charAt(words.start[e - 1])) || numberedReferencePart(e - 1))
                && !subjectBreakBefore(e) && e - 1 > floor) {
            e--;
        }
        // the skipped words must leave a subject; otherwise read from the verb
        if (e == floor || subjectBreakBefore(e)) {
            return cue;
        }
        return e;
    }

    /**
     * Whether word {@code w} is joined by a bare slash to a numbered reference that ends with digits: "PUU-XXII" in
     * "Putusan MK Nomor 115/PUU-XXII/2024 menyatakan", "Pid" and "Sus" in "4851K/Pid.Sus/2023", or is the "Nomor"
     * before such a number. A case code is no subject, so the subject is read on before the number.
     */
    private boolean numberedReferencePart(int w) {
        if (w + 1 < words.size && (words.lowerEquals(w, "nomor") || words.lowerEquals(w, "nomer")
                || words.lowerEquals(w, "no")) && Character.isDigit(words.text.charAt(words.start[w + 1]))) {
            return true; // "Nomor 115/PUU-XXII/2024": the word that opens the number is part of it
        }
        boolean slash = false;
        for (int k = w; k + 1 < words.size; k++) {
            char join = bareJoin(k);
            if (join != '/' && join != '.') {
                return false;
            }
            slash |= join == '/';
            if (slash && Character.isDigit(words.text.charAt(words.start[k + 1]))) {
                return true;
            }
        }
        return false;
    }

    /** The one mark between word {@code w} and the next when they are written without a space, else a space. */
    private char bareJoin(int w) {
        int gap = words.end[w];
        return words.start[w + 1] == gap + 1 ? words.text.charAt(gap) : ' ';
    }

    /**
     * Where "dalam rilisnya", "melalui keterangan tertulisnya" starts when it ends at word {@code end - 1} (a
     * preposition, a statement noun with -nya, its modifiers), else -1.
     */
    private int statementAdjunct(int end, int floor) {
        int k = end - 1;
        while (k > floor && view.is(k, QuoteLexicon.STATEMENT_MODIFIER)) {
            k--;
        }
        if (k <= floor || !words.lowerEndsWith(k, "nya") && !view.is(k, QuoteLexicon.STATEMENT_NOUN)) {
            return -1;
        }
        String lower = words.lower(k);
        String noun = lower.endsWith("nya") ? lower.substring(0, lower.length() - 3) : lower;
        if (!view.lexicon.statementNouns.contains(noun) && !view.is(k, QuoteLexicon.STATEMENT_NOUN)) {
            return -1;
        }
        int p = k - 1;
        return p > floor && view.is(p, QuoteLexicon.STATEMENT_PREPOSITION) ? p : -1;
    }

    int subjectStart(int end, int floor) {
        if (end <= floor) {
            return end;
        }
        int w = end - 1;
        boolean capitalised = inNameRun(w);
        int b = end;
        while (b - 1 >= floor && end - (b - 1) <= (capitalised ? 10 : 4)) {
            int c = b - 1;
            if (b < end && subjectBreakBefore(b)) {
                break;
            }
            boolean innerAnd = capitalised && words.lowerEquals(c, "dan") && c - 1 >= floor
                    && words.capitalised(c - 1) && words.capitalised(c + 1);
            // "Pemain asal Argentina ini": a title or a person noun, an origin word, a place, a demonstrative closing
            // the subject ("Perusahaan asal Korea Selatan ini" is no person)
            boolean origin = capitalised && c - 1 >= floor
                    && (view.is(end - 1, QuoteLexicon.MARKER) || end < words.size && view.is(end, QuoteLexicon.MARKER))
                    && view.lexicon.originWords.contains(words.lower(c)) && !subjectBreakBefore(c)
                    && (view.is(c - 1, QuoteLexicon.TITLE) || view.lexicon.personNouns.contains(words.lower(c - 1)));
            if (capitalised ? !inNameRun(c) && !innerAnd && !origin
                    : (view.is(c, QuoteLexicon.SUBJECT_STOP) || isCue(c))) {
                break;
            }
            // the origin word takes its noun with it, in lower case too ("Bahkan, pemain asal Brasil tersebut")
            b = origin ? c - 1 : c;
        }
        if (capitalised && b - 1 > floor && !subjectBreakBefore(b) && complementBefore(b) && placeRun(b, end)) {
            // "seorang petugas di Kecamatan Cidahu mengatakan", "seorang warga Desa Sukamaju": the run is where the
            // subject is or whose people it is of; the subject is the phrase before it, read with it
            // (PhraseAnalysis drops the run as a name). Not after an addressee ("Rina kepada Antara di Jakarta").
            int before = subjectStart(b - 1, floor);
            boolean addressee = before > floor && !subjectBreakBefore(before)
                    && view.is(before - 1, QuoteLexicon.PREPOSITION);
            return before < b - 1 && !addressee ? before : b;
        }
        return b;
    }

    /** A complement word before the capitalised run at {@code b}: "di", "menuju", or "warga" before a place word. */
    private boolean complementBefore(int b) {
        String word = words.lower(b - 1);
        return view.lexicon.complementWords.contains(word)
                || view.lexicon.residentNouns.contains(word) && view.is(b, QuoteLexicon.PLACE);
    }

    /**
     * The run [b, end) is place words and a name, with a demonstrative: no body's, title's or acronym's word
     * ("analis di Badan Pariwisata Islandia" keeps the body as the subject it names).
     */
    private boolean placeRun(int b, int end) {
        for (int w = b; w < end; w++) {
            PhraseAnalysis.WordClass c = PhraseAnalysis.classify(view, w);
            if (c != PhraseAnalysis.WordClass.NAME && c != PhraseAnalysis.WordClass.MARKER
                    && c != PhraseAnalysis.WordClass.PARTICLE && !view.is(w, QuoteLexicon.PLACE)) {
                return false;
            }
        }
        return true;
    }

    private boolean inNameRun(int w) {
        if (words.capitalised(w)) {
            return true;
        }
        return view.is(w, QuoteLexicon.TITLE | QuoteLexicon.PARTICLE | QuoteLexicon.MARKER);
    }

    /** Addressee and place in the words [from, limit) after a speaker phrase or a verb. */
    Tail tail(int from, int limit) {
        String addressee = null;
        String place = null;
        int w = from;
        int last = from;
        int stop = Math.min(limit, Math.min(words.size, from + MAX_TAIL));
        while (w < stop) {
            if (w > 0 && sentenceBreakBefore(w)) {
                break;
            }
            if (view.is(w, QuoteLexicon.TAIL_STOP)) {
                break;
            }
            if (addressee == null && (words.lowerEquals(w, "kepada") || words.lowerEquals(w, "pada") && isAddresseeAfter(w))
                    && w + 1 < stop) {
                int end = runEnd(w + 1, stop, false);
                if (end > w + 1) {
                    addressee = words.text.substring(words.start[w + 1], words.end[end - 1]);
                    last = end;
                    w = end;
                    continue;
                }
            }
            if (place == null && words.lowerEquals(w, "di") && w + 1 < stop && words.capitalised(w + 1)) {
                int end = runEnd(w + 1, stop, true);
                if (end > w + 1) {
                    place = words.text.substring(words.start[w + 1], words.end[end - 1]);
                    last = end;
                    w = end;
                    continue;
                }
            }
            w++;
        }
        return new Tail(addressee, place, last);
    }

    private boolean isAddresseeAfter(int w) {
        return w + 1 < words.size && (words.lowerEquals(w + 1, "wartawan") || words.lowerEquals(w + 1, "media"));
    }

    /** End of an addressee or place phrase: words up to a stop word or punctuation; places stay capitalised. */
    private int runEnd(int from, int stop, boolean capitalisedOnly) {
        int w = from;
        while (w < stop && w - from < 8) {
            if (w > from && breakBefore(w)) {
                if (!(capitalisedOnly && words.gapBeforeHas(w, Words.COMMA) && !words.gapBeforeHas(w, QUOTE_OR_PARENTHESIS)
                        && words.capitalised(w) && !view.is(w, QuoteLexicon.NOT_NAME))) {
                    break;
                }
            }
            if (view.is(w, QuoteLexicon.ADDRESSEE_STOP) || isCue(w)) {
                break;
            }
            if (w > from && words.lowerEquals(w, "beberapa")) {
                break; // "kepada detikcom beberapa waktu lalu": a time after the addressee ("kepada beberapa awak media")
            }
            if (!capitalisedOnly && w > from && !words.capitalised(w) && words.lowerIsOneOf(w - 1, PRESS)) {
                // "mengatakan kepada wartawan harga beras naik …": the press is the whole addressee
                break;
            }
            boolean inner = capitalisedOnly && w > from && w + 1 < stop && words.capitalised(w + 1)
                    && (words.lowerEquals(w, "of") || view.is(w, QuoteLexicon.PARTICLE));
            if (capitalisedOnly && !inner && (!words.capitalised(w) || view.is(w, QuoteLexicon.NOT_NAME))) {
                break;
            }
            w++;
        }
        return w;
    }

    /** Addressee and place of an attribution, and the word after the last one read. */
    record Tail(String addressee, String place, int end) {
    }
}
