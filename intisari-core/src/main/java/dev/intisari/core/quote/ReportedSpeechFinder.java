package dev.intisari.core.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds reported speech, at most one statement per sentence, in the parts of sentences that no direct
 * quotation claims. In order of preference: an attribution after the statement ("..., kata Lavrov.",
 * "..., ujarnya.", "Moskow, kata Lavrov, tidak ...", "..., demikian disampaikan X."), "Menurut X, ...", and a
 * speech verb after its subject ("X (juga) mengatakan (kepada Y) (bahwa) ..."). Quoted fragments inside the
 * sentence are part of the statement. A cue inside quotation marks is never an attribution.
 * <p>
 * Larger than usual (about 600 lines): the three patterns share one sentence walk and the subject reading of the
 * verb pattern (apposition, relative clause, fronted phrase) is one ordered series over the same words; splitting
 * the subject reading into its own class is the next step (not done in session 10).
 */
final class ReportedSpeechFinder {
    private static final int MIN_CONTENT_WORDS = 3;
    /** Conjunctions that, right after a speech verb, join a second verb rather than open the statement. */
    private static final String[] COORDINATORS = {"dan", "serta"};
    /** Longest speaker phrase between the comma and the verb in "..., a senior campaign official said." */
    private static final int MAX_TRAILING_SUBJECT = 6;
    /** Words after a capitalised subject that open a relative clause or an adjunct ("Clay Bavor yang ..."). */
    private static final String[] RELATIVE_OPENERS = {"yang", "kepada", "di", "dalam", "melalui", "saat"};
    /** Words that open an adjunct after a verb ("kepada wartawan", "di Jakarta", "saat ..."). */
    private static final String[] ADJUNCT_OPENERS = {"kepada", "di", "dalam", "saat", "ketika", "usai", "melalui", "pada"};
    /** Adverbs read past between a blocking word and the verb ("yang juga mengatakan"). */
    private static final String[] BLOCK_SKIPS = {"juga", "pun", "telah", "sudah", "pernah", "sempat"};

    private final ArticleView view;
    private final Words words;
    private final AttributionReader reader;
    private final boolean[] quotedWord;
    private final SpeakerResolver resolver;
    /**
     * The first word starting at or after the last unit's start, and the first ending after its end: the units come in
     * text order, so each unit's bounds are found by walking on from the last ones (what {@link Words#firstAtOrAfter}
     * and {@link Words#lastEndingBy} find by binary search); a unit before the last starts the walk again at 0.
     */
    private int startCursor;
    private int lastFrom = Integer.MIN_VALUE;
    private int endCursor;
    private int lastTo = Integer.MIN_VALUE;

    ReportedSpeechFinder(ArticleView view, AttributionReader reader, List<QuotedPiece> pieces,
                         SpeakerResolver resolver) {
        this.resolver = resolver;
        this.view = view;
        this.words = view.words;
        this.reader = reader;
        this.quotedWord = new boolean[words.size];
        for (QuotedPiece p : pieces) {
            for (int w = words.firstAtOrAfter(p.start()); w < words.size && words.start[w] < p.end(); w++) {
                quotedWord[w] = true;
            }
        }
    }

    List<Candidate> find(List<int[]> directRegions) {
        List<Candidate> found = new ArrayList<>();
        int r = 0;
        for (int s = 0; s < view.sentenceStart.length; s++) {
            int from = view.sentenceStart[s];
            int to = view.sentenceEnd[s];
            while (r < directRegions.size() && directRegions.get(r)[1] <= from) {
                r++;
            }
            int unitStart = from;
            for (int k = r; k < directRegions.size() && directRegions.get(k)[0] < to; k++) {
                int[] region = directRegions.get(k);
                if (region[0] > unitStart) {
                    addUnit(unitStart, region[0], found);
                }
                unitStart = Math.max(unitStart, region[1]);
            }
            if (unitStart < to) {
                addUnit(unitStart, to, found);
            }
        }
        return found;
    }

    private void addUnit(int from, int to, List<Candidate> found) {
        if (from < lastFrom) {
            startCursor = 0;
        }
        lastFrom = from;
        startCursor = words.firstAtOrAfter(from, startCursor);
        if (to < lastTo) {
            endCursor = 0;
        }
        lastTo = to;
        endCursor = words.lastEndingBy(to, endCursor - 1) + 1;
        int wa = startCursor;
        int wb = endCursor;
        if (wb - wa < MIN_CONTENT_WORDS + 1 || !hasCue(wa, wb) && !passiveWithNya(wa)) {
            return;
        }
        Candidate c = trailing(from, to, wa, wb);
        if (c == null) {
            c = trailingSubject(from, to, wa, wb);
        }
        if (c == null) {
            c = menurut(to, wa, wb);
        }
        if (c == null) {
            c = verb(to, wa, wb);
        }
        if (c != null && c.end() > c.start()) {
            found.add(c);
        }
    }

    /**
     * Whether words [wa, wb) hold a cue word or "menurut(nya)": every pattern below needs one, so most sentences
     * of an article (no attribution at all) are passed over with one look at the masks.
     */
    private boolean hasCue(int wa, int wb) {
        for (int w = wa; w < wb; w++) {
            if ((view.mask[w] & (QuoteLexicon.CUE | QuoteLexicon.ACCORDING)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** "..., kata X." / "..., ujarnya." / "X, kata Y, ..." / "..., demikian disampaikan X." / "..., menurut X." */
    private Candidate trailing(int from, int to, int wa, int wb) {
        for (int w = wa + 1; w < wb; w++) {
            if (quotedWord[w] || !words.gapBeforeHas(w, Words.COMMA) || !mayOpenTrailing(w)) {
                continue;
            }
            Candidate.Mode mode;
            int cue = w;
            int phraseFrom = w + 1;
            boolean demikian = words.lowerEquals(w, "demikian") || words.lowerEquals(w, "begitu");
            if (view.is(w, QuoteLexicon.CUE_AFTER_NYA) || words.lowerEquals(w, "menurutnya")) {
                mode = Candidate.Mode.PRONOUN;
                phraseFrom = -1;
            } else if (view.is(w, QuoteLexicon.CUE_AFTER) || words.lowerEquals(w, "menurut")) {
                mode = Candidate.Mode.PHRASE;
            } else if (demikian && w + 1 < wb
                    && (view.is(w + 1, QuoteLexicon.CUE_PASSIVE) || view.is(w + 1, QuoteLexicon.CUE_AFTER))) {
                mode = Candidate.Mode.PHRASE;
                cue = w + 1;
                phraseFrom = w + 2 < wb && words.lowerEquals(w + 2, "oleh") ? w + 3 : w + 2;
            } else if (demikian && w + 1 < wb
                    && view.is(w + 1, QuoteLexicon.STATEMENT_NOUN) && !reader.breakBefore(w + 1)) {
                mode = Candidate.Mode.PHRASE;
                cue = w + 1;
                phraseFrom = w + 1;
            } else {
                continue;
            }
            int phraseTo = -1;
            if (mode == Candidate.Mode.PHRASE) {
                int source = reader.afterStatementNouns(phraseFrom, wb);
                if (source > phraseFrom) {
                    // an attribution by a noun: "kata pernyataan itu" points back, "bunyi rilis X" names
                    int[] phrase = reader.statementSource(source, wb);
                    if (phrase == null) {
                        mode = Candidate.Mode.PREVIOUS;
                        phraseFrom = -1;
                        phraseTo = source < wb && view.is(source, QuoteLexicon.MARKER) ? source + 1 : source;
                    } else {
                        phraseFrom = phrase[0];
                    }
                }
            }
            if (phraseTo < 0) {
                phraseTo = phraseFrom < 0 ? cue + 1 : reader.phraseEnd(phraseFrom, wb);
            }
            if (mode == Candidate.Mode.PHRASE && phraseTo <= phraseFrom) {
                continue;
            }
            AttributionReader.Tail tail = reader.tail(phraseTo, wb);
            boolean medial = tail.end() < wb && words.gapBeforeHas(tail.end(), Words.COMMA) && !describesSpeaker(tail.end());
            boolean runsOn = !medial && tail.end() < wb && w - wa < MIN_CONTENT_WORDS;
            int start;
            int end;
            if (runsOn) {
                start = view.contentStart(words.start[tail.end()], to);
                end = view.contentEnd(start, to);
            } else if (medial) {
                // "Moskow, kata Lavrov, tidak akan menerimanya": a statement's text is one span of the article,
                // so it is the longer of the two parts around the attribution (the part after on a tie)
                int beforeStart = view.contentStart(from, to);
                int beforeEnd = view.contentEnd(beforeStart, words.end[w - 1] + 1);
                int afterStart = view.contentStart(words.start[tail.end()], to);
                int afterEnd = view.contentEnd(afterStart, to);
                boolean before = beforeEnd - beforeStart > afterEnd - afterStart;
                start = before ? beforeStart : afterStart;
                end = before ? beforeEnd : afterEnd;
            } else {
                start = view.contentStart(contentStartBefore(wa, w), to);
                end = view.contentEnd(start, words.end[w - 1] + 1);
            }
            if (countWords(start, end) < MIN_CONTENT_WORDS) {
                return null;
            }
            return new Candidate(start, end, false, words.surface(cue), mode, phraseFrom,
                    phraseFrom < 0 ? -1 : phraseTo, -1, -1, words.start[cue], tail.addressee(), tail.place(), -1);
        }
        return null;
    }

    /**
     * The speaker before the verb at the end: "..., Jokowi menambahkan." / "..., sources said." A short phrase
     * after the last comma, then a speech verb that ends the sentence (or is followed only by an addressee,
     * place or time).
     */
    private Candidate trailingSubject(int from, int to, int wa, int wb) {
        for (int w = wb - 2; w > wa + MIN_CONTENT_WORDS; w--) {
            if (quotedWord[w] || !words.gapBeforeHas(w, Words.COMMA)) {
                continue;
            }
            for (int cue = w + 1; cue < Math.min(wb, w + MAX_TRAILING_SUBJECT + 1); cue++) {
                if (quotedWord[cue] || words.capitalised(cue) || (view.mask[cue] & QuoteLexicon.CUE) == 0
                        || !view.is(cue, QuoteLexicon.CUE_BEFORE | QuoteLexicon.CUE_AFTER)) {
                    continue;
                }
                AttributionReader.Tail tail = reader.tail(cue + 1, wb);
                if (tail.end() < wb || reader.phraseEnd(w, cue) < cue) {
                    break;
                }
                int start = view.contentStart(from, to);
                int end = view.contentEnd(start, words.end[w - 1] + 1);
                if (countWords(start, end) < MIN_CONTENT_WORDS) {
                    return null;
                }
                return new Candidate(start, end, false, words.surface(cue), Candidate.Mode.PHRASE, w, cue, -1, -1,
                        words.start[cue], tail.addressee(), tail.place(), -1);
            }
            return null;
        }
        return null;
    }

    /** A cue word, or one of the words {@link #trailing} reads without a cue list; a cheap test before the lists. */
    private boolean mayOpenTrailing(int w) {
        return (view.mask[w] & (QuoteLexicon.CUE | QuoteLexicon.ACCORDING)) != 0
                || words.lowerEquals(w, "demikian") || words.lowerEquals(w, "begitu");
    }

    /** Where the statement starts in "Rusia menegaskan bahwa ..., demikian disampaikan X": after the verb. */
    private int contentStartBefore(int wa, int cueWord) {
        for (int w = wa + 1; w < cueWord; w++) {
            if (!quotedWord[w] && (view.mask[w] & QuoteLexicon.CUE) != 0 && view.is(w, QuoteLexicon.CUE_BEFORE)
                    && !blocked(w)) {
                int after = w + 1;
                if (after < cueWord && words.lowerEquals(after, "bahwa")) {
                    after++;
                }
                return after < cueWord ? words.start[after] : words.start[wa];
            }
        }
        return words.start[wa];
    }

    /**
     * "Menurut X, ...", "Menurut X kepada Antara, Sabtu, ...", "Menurut X ..." (no comma after a name),
     * "Menurutnya, ..." and "Dikatakan dia, ..." at the start of the sentence (after a conjunction at most).
     */
    private Candidate menurut(int to, int wa, int wb) {
        for (int w = wa; w < Math.min(wb, wa + 3); w++) {
            // an opening cue names its source next ("Disebut Sandi,"), unlike "Disebut anomali karena …"
            boolean passive = w == wa && (view.is(w, QuoteLexicon.CUE_PASSIVE | QuoteLexicon.CUE_AFTER)
                    || view.is(w, QuoteLexicon.CUE_OPENING) && w + 1 < wb && words.capitalised(w + 1)
                    && !view.is(w + 1, QuoteLexicon.NOT_NAME));
            // "Menurutnya, ..." and a passive cue with -nya opening the sentence ("Dijelaskannya, ...") name no one:
            // the source is the earlier person, as with a pronoun
            // "Dikatakan, korban …": a passive cue alone before the comma names no one either
            boolean nya = words.lowerEquals(w, "menurutnya") || w == wa && (passiveWithNya(w)
                    || view.is(w, QuoteLexicon.CUE_PASSIVE) && words.gapHas(w, Words.COMMA));
            if (quotedWord[w] || !(words.lowerEquals(w, "menurut") || nya || passive)) {
                continue;
            }
            int phraseTo = nya ? w + 1 : reader.phraseEnd(w + 1, wb);
            int contentWord = afterComma(phraseTo, wb);
            boolean described = false;
            if (contentWord < 0 && !nya) {
                int capitalEnd = w + 1;
                while (capitalEnd < wb && capitalEnd - w <= 4 && words.capitalised(capitalEnd)
                        && !reader.breakBefore(capitalEnd)) {
                    capitalEnd++;
                }
                if (capitalEnd > w + 1 && capitalEnd < wb && !words.capitalised(capitalEnd)) {
                    phraseTo = capitalEnd;
                    contentWord = capitalEnd;
                }
            }
            if (contentWord < 0 && !nya && phraseTo > w + 1 && phraseTo < wb && words.lowerEquals(phraseTo, "yang")) {
                // "Menurut pelatih yang akrab disapa Djanur ini, ...": a relative clause closed by a demonstrative
                // and a comma describes the source, who is referred to like a pronoun; the statement follows the comma
                int close = describedUntil(phraseTo, wb);
                if (close > 0) {
                    contentWord = close;
                    described = true;
                }
            }
            if (nya && contentWord < 0 && phraseTo < wb) {
                contentWord = phraseTo;
            }
            if (contentWord < 0 || phraseTo <= w + (nya ? 0 : 1) && !nya) {
                return null;
            }
            int start = view.contentStart(words.start[contentWord], to);
            int end = view.contentEnd(start, to);
            if (countWords(start, end) < MIN_CONTENT_WORDS) {
                return null;
            }
            boolean pronoun = nya || described || phraseTo == w + 2 && view.is(w + 1, QuoteLexicon.PRONOUN);
            // "Menurut laporan Contact Music, …": the source is the name after the statement nouns
            int source = nya ? w + 1 : reader.afterStatementNouns(w + 1, phraseTo);
            int phraseFrom = source > w + 1 && source < phraseTo && words.capitalised(source) ? source : w + 1;
            return new Candidate(start, end, false, words.surface(w),
                    pronoun ? Candidate.Mode.PRONOUN : Candidate.Mode.PHRASE, pronoun ? -1 : phraseFrom,
                    pronoun ? -1 : phraseTo, -1, -1, words.start[w], null, null, -1);
        }
        return null;
    }

    /** "Dijelaskannya", "Dikatakannya": a passive cue of the list with the -nya of its agent. */
    private boolean passiveWithNya(int w) {
        int length = words.length(w);
        return length > 5 && words.lowerEndsWith(w, "nya") && words.gapHas(w, Words.COMMA)
                && view.lexicon.cuesPassive.contains(words.lower(w).substring(0, length - 3));
    }

    /**
     * The first word after the comma that closes a relative clause opened at {@code yang} with a demonstrative
     * ("yang akrab disapa Djanur ini,"), within eight words; else -1.
     */
    private int describedUntil(int yang, int wb) {
        for (int k = yang + 2; k < wb && k - yang <= 8; k++) {
            if (reader.breakBefore(k)) {
                return words.gapBeforeHas(k, Words.COMMA) && view.is(k - 1, QuoteLexicon.MARKER) ? k : -1;
            }
        }
        return -1;
    }

    /** The first word after the comma that ends an attribution (skipping "kepada X" and a day: "Sabtu,"). */
    private int afterComma(int phraseTo, int wb) {
        if (phraseTo >= wb) {
            return -1;
        }
        int w = phraseTo;
        if (!words.gapBeforeHas(w, Words.COMMA)) {
            if (!adjunctWithin(w, wb)) {
                // "Menurutnya hujan deras terjadi … di Dusun Krajan, Desa Pace, kemudian …": no addressee, place or
                // time opens right after the source ("perwakilan dari Weinstein kepada People,"), so a later place
                // is the statement's
                return -1;
            }
            AttributionReader.Tail tail = reader.tail(w, wb);
            w = tail.end();
            if (w >= wb || !words.gapBeforeHas(w, Words.COMMA)) {
                return -1;
            }
        }
        while (w + 1 < wb && view.is(w, QuoteLexicon.NOT_NAME) && words.capitalised(w)
                && words.gapHas(w, Words.COMMA)) {
            w++;
        }
        return w;
    }

    /**
     * True when the clause, whose first word is {@code wa}, opens with a preposition ("Di", "Kepada",
     * "Bersama") and runs without a comma up to word {@code end}: a fronted adverbial phrase.
     */
    private boolean frontedPhrase(int wa, int end) {
        if (wa < 0 || wa >= end || !view.is(wa, QuoteLexicon.PREPOSITION)) {
            return false;
        }
        for (int k = wa + 1; k < end; k++) {
            if (words.gapBeforeHas(k, Words.COMMA)) {
                return false;
            }
        }
        return true;
    }

    /** "X (juga) mengatakan (kepada Y) (bahwa) ...". */
    private Candidate verb(int to, int wa, int wb) {
        for (int w = wa + 1; w < wb - 1; w++) {
            if (quotedWord[w] || (view.mask[w] & QuoteLexicon.CUE) == 0 || !view.is(w, QuoteLexicon.CUE_BEFORE)
                    || words.capitalised(w) || blocked(w) || view.lexicon.cueAct(words, w)) {
                continue;
            }
            if (words.lowerIsOneOf(w + 1, COORDINATORS) && !(w + 2 < wb && words.lowerStartsWith(w + 2, "me"))) {
                // "Riedl mengakui dan akan mengevaluasinya": a second predicate follows, not what was said ("meminta
                // dan menuntut pihak kepolisian untuk …" shares its object with a second verb and stays)
                continue;
            }
            if (anaphoric(w + 1, wb)) {
                return null;
            }
            int subjectEnd = reader.subjectEnd(w, wa);
            int subjectStart = reader.subjectStart(subjectEnd, wa);
            if (subjectStart == subjectEnd && reader.breakBefore(w) && words.gapBeforeHas(w, Words.COMMA)) {
                subjectStart = reader.subjectStart(w, wa);
                subjectEnd = w;
            }
            while (subjectStart > wa && words.gapBeforeHas(subjectStart, Words.COMMA) && degree(subjectStart, subjectEnd)) {
                // "Dedy Tabrani, S.I.K., M.Si., menjelaskan": degrees after a name between commas are not the subject
                subjectEnd = subjectStart;
                subjectStart = reader.subjectStart(subjectEnd, wa);
            }
            int altFrom = -1;
            int altTo = -1;
            if (subjectStart < subjectEnd && subjectStart > wa && words.gapBeforeHas(subjectStart, Words.COMMA)) {
                altTo = subjectStart;
                altFrom = reader.subjectStart(altTo, wa);
                if (altFrom - 1 > wa && altFrom < altTo && words.lowerEquals(altFrom - 1, "di")
                        && !reader.breakBefore(altFrom - 1)) {
                    // "General Manager ..., Chisnamurti Adiningrum di Magelang, Sabtu, mengatakan": the place of
                    // the statement follows the speaker; the name is before "di" and opens its clause or follows a
                    // comma ("Febry kepada Antara di Jakarta" and "bersama Theo di Marbella" name no speaker)
                    int before = reader.subjectStart(altFrom - 1, wa);
                    if (before < altFrom - 1 && (before == wa || reader.breakBefore(before))) {
                        altTo = altFrom - 1;
                        altFrom = before;
                    }
                }
                int yang = relativeAfterSubject(wa, w);
                if (yang > wa) {
                    altFrom = wa;
                    altTo = yang;
                }
            }
            if (altFrom < 0 && (words.gapBeforeHas(w, Words.COMMA) || subjectStart >= subjectEnd)) {
                int yang = relativeAfterSubject(wa, w);
                if (yang > wa) {
                    altFrom = wa;
                    altTo = yang;
                }
            }
            if (altFrom >= 0 && frontedPhrase(wa, altTo)) {
                // "Di posko pengungsian SD Negeri 2 Mekarsari, para pengungsi mengeluhkan ...": a phrase
                // opened by a preposition before the comma is an adverbial, never the speaker
                altFrom = -1;
                altTo = -1;
            }
            if (subjectEnd - subjectStart == 1 && words.capitalised(subjectStart) && subjectStart > wa
                    && modifiesNoun(subjectStart - 1) && !resolver.knownName(subjectStart)) {
                subjectStart--;
            }
            boolean bracketed = altFrom >= 0 && subjectStart < subjectEnd
                    && words.gapBeforeHas(subjectStart, Words.OPEN_PAREN);
            // "Alex Pastoor, asisten Kluivert, menegaskan": the role between commas describes the name before it
            boolean roleAfterName = altFrom >= 0 && subjectStart < subjectEnd && words.gapBeforeHas(w, Words.COMMA)
                    && !words.capitalised(subjectStart) && view.is(subjectStart, QuoteLexicon.TITLE)
                    && words.capitalised(altFrom) && !view.is(altFrom, QuoteLexicon.TITLE);
            if (bracketed || roleAfterName) {
                int swapFrom = subjectStart;
                int swapTo = subjectEnd;
                subjectStart = altFrom;
                subjectEnd = altTo;
                altFrom = swapFrom;
                altTo = swapTo;
            }
            if (words.gapBeforeHas(w, Words.COMMA) && w - 1 > wa) {
                // "wali kota London, yang merupakan seorang Muslim, mendesak": a relative clause between commas
                // describes the subject before it
                int describing = clauseStart(wa, w - 1);
                if (describing > wa && words.lowerEquals(describing, "yang") && words.gapBeforeHas(describing, Words.COMMA)) {
                    int start = reader.subjectStart(describing, wa);
                    if (start < describing) {
                        subjectStart = start;
                        subjectEnd = describing;
                        altFrom = -1;
                        altTo = -1;
                    }
                }
            }
            int apposed = nameBeforeApposition(wa, w);
            if (apposed > wa) {
                // "Kan Rittiplang, manajer lapangan kelompok itu, mengatakan", "Khamfai, yang lahir di Sisaket, di
                // dekat Surin, mengatakan": the name that opens the sentence is described by what follows its comma
                subjectStart = wa;
                subjectEnd = apposed;
                altFrom = -1;
                altTo = -1;
            }
            // "Clay Bavor yang menjabat sebagai Vice President di divisi VR Google sempat mengumumkan": the subject
            // read back from the verb lies inside a relative clause; the speaker is the name the clause describes
            int clause = clauseStart(wa, w);
            int relative = relativeAfterSubject(clause, w);
            if (relative > clause && subjectStart > relative && subjectStart < subjectEnd
                    && !commonNouns(clause, relative)) {
                altFrom = subjectStart;
                altTo = subjectEnd;
                subjectStart = clause;
                subjectEnd = relative;
            }
            if (subjectStart >= subjectEnd && altFrom >= 0) {
                subjectStart = altFrom;
                subjectEnd = altTo;
                altFrom = -1;
                altTo = -1;
            }
            if (subjectStart >= subjectEnd) {
                return null;
            }
            int limit = Math.min(wb, w + 16);
            int bahwa = -1;
            for (int k = w + 1; k < limit; k++) {
                if (words.lowerEquals(k, "bahwa") && !quotedWord[k]) {
                    bahwa = k;
                    break;
                }
                if (k > w + 1 && reader.isCue(k)) {
                    break;
                }
            }
            AttributionReader.Tail tail = reader.tail(w + 1, bahwa >= 0 ? bahwa : wb);
            int contentWord = bahwa >= 0 ? bahwa + 1 : w + 1;
            String addressee = tail.addressee();
            int purpose = bahwa >= 0 ? -1 : purposeAfterObject(w, wb);
            if (purpose > 0) {
                // "memperingatkan rekannya dari Prancis agar tidak …": the object is whom the warning is for,
                // the statement is what follows "agar"
                contentWord = purpose + 1;
                if (addressee == null && purpose > w + 1) {
                    addressee = words.text.substring(words.start[w + 1], words.end[purpose - 1]);
                }
            }
            if (bahwa < 0 && tail.end() > Math.max(w + 1, contentWord - 1) && tail.end() < wb && startsWithAdjunct(w + 1)
                    && !words.gapBeforeHas(w + 1, Words.COMMA)) {
                // "X mengatakan kepada wartawan di Jakarta, …" (after "menerangkan, pada Rabu …" the statement has begun)
                contentWord = tail.end();
            }
            if (contentWord >= wb) {
                return null;
            }
            int start = words.start[contentWord];
            int end = view.contentEnd(start, to);
            if (countWords(start, end) < MIN_CONTENT_WORDS) {
                return null;
            }
            Candidate.Mode mode = Candidate.Mode.PHRASE;
            return new Candidate(start, end, false, words.surface(w), mode, subjectStart, subjectEnd, altFrom, altTo,
                    words.start[subjectStart], addressee, tail.place(), -1);
        }
        return null;
    }

    /**
     * "agar"/"supaya" within a short object after the verb ("mendesak pemerintah agar …", "memperingatkan rekannya
     * dari Prancis agar …"), with no clause break or other verb before it: its word index, else -1.
     */
    private int purposeAfterObject(int verb, int wb) {
        for (int k = verb + 1; k < Math.min(wb, verb + 8); k++) {
            if (quotedWord[k] || reader.breakBefore(k) || reader.isCue(k)) {
                return -1;
            }
            if (words.lowerEquals(k, "agar") || words.lowerEquals(k, "supaya")) {
                return k + 1 < wb ? k : -1;
            }
            if (words.lowerEquals(k, "yang") || words.lowerEquals(k, "bahwa")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "…, kata Ahmad, yang juga Ketua …" / "…, kata Ahmad, selaku …" / "…, kata Ahmad, Ketua …": the words after
     * the speaker's comma describe the speaker; the statement is before the attribution, not around it.
     */
    private boolean describesSpeaker(int w) {
        return words.lowerEquals(w, "yang") || words.lowerEquals(w, "selaku") || words.lowerEquals(w, "sebagai")
                || view.is(w, QuoteLexicon.TITLE);
    }

    /** The first word of the clause holding word {@code w}: after the last comma or clause break since {@code wa}. */
    private int clauseStart(int wa, int w) {
        int k = w;
        while (k > wa && !reader.subjectBreakBefore(k)) {
            k--;
        }
        return k;
    }

    /**
     * Where the name that opens the sentence at {@code wa} ends, when a comma follows it and the words up to the verb
     * at {@code cue} describe it; else -1. Closed by a comma before the verb, the description opens with "yang", a
     * title or an indefinite article ("Kan Rittiplang, manajer lapangan kelompok itu, mengatakan", "Jane Doe, seorang
     * analis di Badan Pariwisata, mengatakan", "Kelly Lai, VP for Materials di Economic Development Board,
     * menilai"); with no comma before the verb, it opens with a title and holds no other comma ("Claudio Galimberti,
     * Kepala Ekonom di Rystad Energy juga mengatakan"). The name is one to four capitalised words, no fronted phrase.
     */
    private int nameBeforeApposition(int wa, int cue) {
        int comma = wa + 1;
        while (comma < cue && comma - wa <= 4 && !words.gapBeforeHas(comma, Words.COMMA)) {
            comma++;
        }
        if (comma >= cue - 1 || comma - wa > 4 || cue - comma > 24 || !words.gapBeforeHas(comma, Words.COMMA)
                || view.is(wa, QuoteLexicon.PREPOSITION | QuoteLexicon.CUE)) {
            return -1;
        }
        boolean closed = words.gapBeforeHas(cue, Words.COMMA);
        boolean lowerTitle = !words.capitalised(comma) && view.is(comma, QuoteLexicon.TITLE);
        boolean described = !words.capitalised(comma) && (closed && words.lowerEquals(comma, "yang")
                || closed && view.lexicon.indefinites.contains(words.lower(comma)));
        // a capitalised title after a name of two words or more that holds no title: "Kapolres Jember, AKBP Bobby"
        // is an office and its holder, "Terpisah, Humas PN Jogja" a fronted adverb
        boolean titled = lowerTitle || words.capitalised(comma) && view.is(comma, QuoteLexicon.TITLE)
                && comma - wa >= 2 && !anyTitle(wa, comma);
        if (!titled && !described) {
            return -1;
        }
        for (int k = comma + 1; !closed && k < cue; k++) {
            if (words.gapBeforeHas(k, Words.COMMA)) {
                return -1;
            }
        }
        for (int k = wa; k < comma; k++) {
            if (!words.capitalised(k) || reader.breakBefore(k) && k > wa) {
                return -1;
            }
        }
        PhraseAnalysis a = new PhraseAnalysis(view, wa, comma);
        // the shapes of session 22 (an open apposition, a capitalised title, an indefinite article) also need the
        // name to open the sentence: "Melansir Straits Times, Perwakilan …", "Selain Aris, Wakil Direktur …"
        boolean older = closed && !words.capitalised(comma) && (lowerTitle || words.lowerEquals(comma, "yang"));
        return a.hasName() && a.nameTo == comma && !a.headNoun && (older || a.nameFrom == wa) ? comma : -1;
    }

    private boolean anyTitle(int from, int to) {
        for (int w = from; w < to; w++) {
            if (view.is(w, QuoteLexicon.TITLE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether words [from, to) are all ordinary words ("Wanita" opening a sentence): no name, title or institution. */
    private boolean commonNouns(int from, int to) {
        for (int w = from; w < to; w++) {
            if (PhraseAnalysis.classify(view, w) != PhraseAnalysis.WordClass.OTHER) {
                return false;
            }
        }
        return true;
    }

    /** "menyampaikan hal itu kepada wartawan" points back; "menyebut hal ini tidak bisa ..." does not. */
    private boolean anaphoric(int w, int wb) {
        int k = w;
        if (view.is(w, QuoteLexicon.STATEMENT_NOUN) && w + 1 < wb && view.is(w + 1, QuoteLexicon.ANAPHOR)) {
            // "Prabowo menyampaikan pernyataan itu dalam sambutannya": the statement noun points back
            k = w + 1;
        } else if (!view.is(w, QuoteLexicon.ANAPHOR)) {
            // "Zaenal membantah tegas kabar tersebut.": one or two plain words then a demonstrative that ends the
            // sentence name a thing said before, not a content ("pengamanan ini dalam rangka …", "teknologi ini,
            // yang …, akan" are contents)
            int noun = w;
            while (noun < wb && noun - w < 2 && plainWord(noun)) {
                noun++;
            }
            if (noun == w || noun >= wb || !view.is(noun, QuoteLexicon.ANAPHOR) || reader.breakBefore(noun)) {
                return false;
            }
            return noun + 1 >= wb;
        }
        w = k;
        while (k < wb && k - w < 3 && view.is(k, QuoteLexicon.ANAPHOR)) {
            k++;
        }
        return k >= wb || startsWithAdjunct(k) || reader.breakBefore(k);
    }

    /** A lower-case word within the clause that is no speech verb, demonstrative or pronoun ("tegas", "kabar"). */
    private boolean plainWord(int w) {
        return !words.capitalised(w) && !reader.breakBefore(w) && !quotedWord[w] && !words.lowerEquals(w, "bahwa")
                && !view.is(w, QuoteLexicon.CUE_BEFORE | QuoteLexicon.MARKER | QuoteLexicon.PRONOUN | QuoteLexicon.ANAPHOR);
    }

    /** "Oviedo-Joekes yang memimpin ..., mengatakan": the capitalised start of the sentence before "yang". */
    private int relativeAfterSubject(int wa, int cue) {
        int k = wa;
        while (k < cue && words.capitalised(k) && !reader.breakBefore(k + 1)) {
            k++;
        }
        if (k <= wa || k >= cue) {
            return -1;
        }
        return words.lowerIsOneOf(k, RELATIVE_OPENERS) ? k : -1;
    }

    /** A lowercase common noun right before a one-word name ("pengguna Youtube"): the name is a modifier. */
    private boolean modifiesNoun(int w) {
        return !words.capitalised(w) && !reader.breakBefore(w + 1)
                && !view.is(w, QuoteLexicon.SUBJECT_STOP | QuoteLexicon.SUBJECT_SKIP | QuoteLexicon.TITLE
                    | QuoteLexicon.PRONOUN | QuoteLexicon.PARTICLE | QuoteLexicon.MARKER)
                && !reader.isCue(w);
    }

    /** Words after a source within which the addressee, place or time after it must open. */
    private static final int ADJUNCT_REACH = 3;

    /** Whether an addressee, place or time opens within {@link #ADJUNCT_REACH} words from word {@code w}. */
    private boolean adjunctWithin(int w, int wb) {
        for (int k = w; k < Math.min(wb, w + ADJUNCT_REACH); k++) {
            if (startsWithAdjunct(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithAdjunct(int w) {
        return words.lowerIsOneOf(w, ADJUNCT_OPENERS);
    }

    private boolean blocked(int w) {
        int k = w - 1;
        while (k >= 0 && words.lowerIsOneOf(k, BLOCK_SKIPS)) {
            k--;
        }
        return k >= 0 && view.is(k, QuoteLexicon.CUE_BLOCKER) && !reader.breakBefore(k + 1);
    }

    private int countWords(int start, int end) {
        if (end <= start) {
            return 0;
        }
        int a = words.firstAtOrAfter(start);
        int b = words.lastEndingBy(end);
        return Math.max(0, b - a + 1);
    }

    /** "S.I.K.", "M.Si": two to four short capitalised pieces joined by periods, an academic degree. */
    private boolean degree(int from, int to) {
        if (to - from < 2 || to - from > 4 || !words.capitalised(from)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (words.end[k] - words.start[k] > 4 || k > from && (!words.gapBeforeHas(k, Words.DOT)
                    || words.start[k] - words.end[k - 1] != 1)) {
                return false;
            }
        }
        return true;
    }
}
