package dev.intisari.core.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which quoted runs are direct quotations and finds their attribution. A run is a direct quotation
 * when a cue stands next to it (after: "“...,” kata X", "“...” Peskov menambahkan", "“...,” ujarnya";
 * before: "X mengatakan, “...”", "Menurut X, “...”", "X: “...”" when the quotation ends the sentence), when
 * it is a sentence of its own (it then continues the previous quote's speaker when that quote is in the same
 * or the previous paragraph: "“A,” kata X. “B.”" gives two quotes of X), or when it is part of a quotation
 * that spans paragraphs. Any other quoted run is a fragment (a term, a title, or words quoted inside a
 * reported statement) and is left to {@link ReportedSpeechFinder}.
 */
final class DirectQuoteFinder {
    /** Direct quotations, and the character regions (quotation plus attribution) they claim. */
    record Result(List<Candidate> quotes, List<int[]> regions) {
    }

    private record Attribution(String cue, Candidate.Mode mode, int from, int to, int anchor, int regionStart,
                               int regionEnd, AttributionReader.Tail tail) {
    }

    /** Words between a verb and its quotation that introduce an addressee, a place, a time or the content. */
    private static final String[] INTRODUCERS = {"kepada", "di", "dalam", "saat", "melalui", "usai", "bahwa", "pada",
        "lewat", "ketika", "seusai"};

    private final ArticleView view;
    private final Words words;
    private final AttributionReader reader;

    DirectQuoteFinder(ArticleView view, AttributionReader reader) {
        this.view = view;
        this.words = view.words;
        this.reader = reader;
    }

    Result find(List<QuotedPiece> pieces) {
        List<Candidate> quotes = new ArrayList<>();
        List<int[]> regions = new ArrayList<>();
        int previousEnd = -1;
        int i = 0;
        while (i < pieces.size()) {
            int j = i;
            while (j + 1 < pieces.size() && pieces.get(j).continuesNext()) {
                j++;
            }
            QuotedPiece first = pieces.get(i);
            QuotedPiece last = pieces.get(j);
            Attribution a = after(last);
            if (a == null && endsSentence(last)) {
                a = before(first);
            }
            Candidate.Mode mode;
            if (a != null) {
                mode = a.mode;
            } else if (j > i || standalone(first, previousEnd) && endsSentence(last)) {
                mode = Candidate.Mode.INHERIT;
            } else {
                i = j + 1;
                continue;
            }
            int group = j > i ? i : -1;
            for (int k = i; k <= j; k++) {
                QuotedPiece p = pieces.get(k);
                int end = trimEnd(p.start(), p.end());
                if (end <= p.start()) {
                    continue;
                }
                quotes.add(a == null
                        ? new Candidate(p.start(), end, true, null, mode, -1, -1, -1, -1, p.open(), null, null, group)
                        : new Candidate(p.start(), end, true, a.cue, mode, a.from, a.to, -1, -1, a.anchor,
                                a.tail.addressee(), a.tail.place(), group));
            }
            int regionStart = a == null ? first.open() : Math.min(first.open(), a.regionStart);
            int regionEnd = a == null ? last.after() : Math.max(last.after(), a.regionEnd);
            regions.add(new int[] {regionStart, regionEnd});
            previousEnd = regionEnd;
            i = j + 1;
        }
        return new Result(quotes, regions);
    }

    /**
     * A quotation left open to the end of its paragraph that holds its own attribution ("“A, kata X di Y.")
     * is cut before that attribution, as if the closing mark stood there; it then does not run on into the
     * next paragraph even when that one opens with a quotation mark.
     */
    List<QuotedPiece> closeOpenQuotations(List<QuotedPiece> pieces) {
        List<QuotedPiece> out = new ArrayList<>(pieces.size());
        for (QuotedPiece p : pieces) {
            out.add(p.close() < 0 ? cutAtAttribution(p) : p);
        }
        return out;
    }

    private QuotedPiece cutAtAttribution(QuotedPiece p) {
        int first = words.firstAtOrAfter(p.start());
        int last = words.lastEndingBy(p.end());
        for (int w = Math.max(first + 1, last - 25); w <= last; w++) {
            if (!words.gapBeforeHas(w, Words.COMMA) || !view.is(w, QuoteLexicon.CUE_AFTER | QuoteLexicon.CUE_AFTER_NYA)) {
                continue;
            }
            if (view.is(w, QuoteLexicon.CUE_AFTER) && reader.phraseEnd(w + 1, last + 1) <= w + 1) {
                continue;
            }
            int comma = view.text.lastIndexOf(',', words.start[w]);
            if (comma > p.start()) {
                return new QuotedPiece(p.open(), p.start(), comma, comma, false);
            }
        }
        return p;
    }

    /** A trailing comma inside the marks belongs to the sentence, not the statement. */
    private int trimEnd(int start, int end) {
        int e = end;
        while (e > start && (view.text.charAt(e - 1) == ',' || Character.isWhitespace(view.text.charAt(e - 1)))) {
            e--;
        }
        return e;
    }

    private Attribution after(QuotedPiece piece) {
        if (piece.close() < 0) {
            return null;
        }
        int w = words.firstAtOrAfter(piece.after());
        if (w >= words.size) {
            return null;
        }
        boolean newSentence = false;
        for (int k = piece.after(); k < words.start[w]; k++) {
            char c = view.text.charAt(k);
            if (c == '\n' || c == '"' || c == '\u201C' || c == '\u201D' || c == '(' || c == '\u00AB') {
                return null;
            }
            newSentence |= c == '.' || c == '!' || c == '?';
        }
        boolean demikian = words.lowerEquals(w, "demikian") || words.lowerEquals(w, "begitu");
        if (demikian && w + 1 < words.size
                && (view.is(w + 1, QuoteLexicon.CUE_PASSIVE) || view.is(w + 1, QuoteLexicon.CUE_AFTER))) {
            int from = w + 2 < words.size && words.lowerEquals(w + 2, "oleh") ? w + 3 : w + 2;
            return phrase(piece, w + 1, from);
        }
        if (demikian && w + 1 < words.size
                && view.is(w + 1, QuoteLexicon.STATEMENT_NOUN) && !reader.breakBefore(w + 1)) {
            // "…,” demikian bunyi rilis resmi Marseille." / "…,” demikian pernyataan resmi kementerian tersebut."
            return phrase(piece, w + 1, w + 1);
        }
        if (newSentence) {
            return null;
        }
        if (demikian && w + 1 < words.size && plausibleSubject(w + 1) && !reader.breakBefore(w + 1)) {
            // "…,” demikian M.U.S.T kepada Daily Mail.": "demikian" and the source alone close the sentence
            int end = reader.phraseEnd(w + 1, words.size);
            int after = Math.max(end, reader.tail(end, words.size).end());
            if (end > w + 1 && (after >= words.size || reader.sentenceBreakBefore(after))) {
                return phrase(piece, w, w + 1);
            }
        }
        if (view.is(w, QuoteLexicon.CUE_AFTER_NYA)) {
            AttributionReader.Tail tail = reader.tail(w + 1, words.size);
            return new Attribution(words.surface(w), Candidate.Mode.PRONOUN, -1, -1, words.start[w],
                    piece.open(), regionEnd(w + 1, tail), tail);
        }
        if (view.is(w, QuoteLexicon.CUE_AFTER)) {
            return phrase(piece, w, w + 1);
        }
        int end = reader.phraseEnd(w, words.size);
        if (end > w && end < words.size && !reader.breakBefore(end)
                && (view.is(end, QuoteLexicon.CUE_BEFORE) || view.is(end, QuoteLexicon.CUE_AFTER))
                && plausibleSubject(w)) {
            AttributionReader.Tail tail = reader.tail(end + 1, words.size);
            return new Attribution(words.surface(end), Candidate.Mode.PHRASE, w, end, words.start[w],
                    piece.open(), regionEnd(end + 1, tail), tail);
        }
        return null;
    }

    private boolean plausibleSubject(int w) {
        return words.capitalised(w)
                || view.is(w, QuoteLexicon.PRONOUN | QuoteLexicon.TITLE | QuoteLexicon.PLURAL_PRONOUN);
    }

    private Attribution phrase(QuotedPiece piece, int cue, int from) {
        int source = reader.afterStatementNouns(from, words.size);
        if (source > from) {
            // an attribution by a noun: "kata pernyataan itu" points back, "bunyi rilis resmi Marseille" names
            int[] phrase = reader.statementSource(source, words.size);
            if (phrase == null) {
                int after = source < words.size && view.is(source, QuoteLexicon.MARKER) ? source + 1 : source;
                AttributionReader.Tail tail = reader.tail(after, words.size);
                return new Attribution(words.surface(cue), Candidate.Mode.PREVIOUS, -1, -1, words.start[cue],
                        piece.open(), regionEnd(after, tail), tail);
            }
            from = phrase[0];
        }
        int end = reader.phraseEnd(from, words.size);
        AttributionReader.Tail tail = reader.tail(end, words.size);
        Candidate.Mode mode = end > from ? Candidate.Mode.PHRASE : Candidate.Mode.NONE;
        return new Attribution(words.surface(cue), mode, from, end, words.start[cue], piece.open(),
                regionEnd(end, tail), tail);
    }

    private int regionEnd(int fromWord, AttributionReader.Tail tail) {
        int w = Math.max(fromWord, tail.end());
        while (w < words.size && !reader.sentenceBreakBefore(w)) {
            w++;
        }
        return w > 0 && w - 1 < words.size ? words.end[Math.max(0, w - 1)] : view.text.length();
    }

    private Attribution before(QuotedPiece piece) {
        int w = words.lastEndingBy(piece.open());
        if (w < 0) {
            return null;
        }
        boolean colon = false;
        for (int k = words.end[w]; k < piece.open(); k++) {
            char c = view.text.charAt(k);
            if (c == ':') {
                colon = true;
            } else if (!(c == ',' || c == ' ' || c == '\t' || c == '\u00A0')) {
                return null;
            }
        }
        int floor = floor(piece.open());
        if (w < floor) {
            return null;
        }
        for (int k = w; k >= floor && w - k <= 10; k--) {
            if (k < w && reader.breakBefore(k + 1) && !words.gapBeforeHas(k + 1, Words.COMMA)) {
                break;
            }
            if (view.is(k, QuoteLexicon.CUE_BEFORE) && (k == w || introducesQuote(k + 1, w))) {
                int end = reader.subjectEnd(k, floor);
                int start = reader.subjectStart(end, floor);
                AttributionReader.Tail tail = reader.tail(k + 1, w + 1);
                Candidate.Mode mode = start < end ? Candidate.Mode.PHRASE : Candidate.Mode.NONE;
                return new Attribution(words.surface(k), mode, start, end, words.start[Math.min(k, start)],
                        words.start[Math.min(start, k)], piece.end(), tail);
            }
            if ((words.lowerEquals(k, "menurut") || view.is(k, QuoteLexicon.CUE_AFTER)) && k < w
                    && (k == floor || reader.breakBefore(k))) {
                AttributionReader.Tail tail = reader.tail(reader.phraseEnd(k + 1, w + 1), w + 1);
                return new Attribution(words.surface(k), Candidate.Mode.PHRASE, k + 1,
                        reader.phraseEnd(k + 1, w + 1), words.start[k], words.start[k], piece.end(), tail);
            }
            if (words.lowerEquals(k, "menurutnya") || view.is(k, QuoteLexicon.CUE_AFTER_NYA) && k == floor) {
                return new Attribution(words.surface(k), Candidate.Mode.PRONOUN, -1, -1, words.start[k],
                        words.start[k], piece.end(), reader.tail(k + 1, w + 1));
            }
        }
        if (colon) {
            int start = reader.subjectStart(w + 1, floor);
            if (start <= w && start == floor) {
                return new Attribution(null, Candidate.Mode.PHRASE, start, w + 1, words.start[start],
                        words.start[start], piece.end(), new AttributionReader.Tail(null, null, w + 1));
            }
        }
        return null;
    }

    /** Words between a verb and the quotation are only an addressee, a place, a time or "bahwa". */
    private boolean introducesQuote(int from, int to) {
        return words.lowerIsOneOf(from, INTRODUCERS);
    }

    /** First word of the sentence (and paragraph) holding {@code offset}. */
    private int floor(int offset) {
        int s = view.sentenceOf(offset);
        int start = view.sentenceStart.length > 0 ? Math.min(view.sentenceStart[s], offset) : 0;
        int newline = view.text.lastIndexOf('\n', offset - 1);
        return words.firstAtOrAfter(Math.max(start, newline + 1));
    }

    private boolean endsSentence(QuotedPiece piece) {
        if (piece.close() < 0) {
            return true;
        }
        char lastInside = view.text.charAt(piece.end() - 1);
        if (lastInside == '.' || lastInside == '!' || lastInside == '?' || lastInside == '\u2026') {
            return true;
        }
        int k = piece.after();
        while (k < view.text.length() && (view.text.charAt(k) == ' ' || view.text.charAt(k) == '\t')) {
            k++;
        }
        if (k >= view.text.length()) {
            return true;
        }
        char c = view.text.charAt(k);
        return c == '\n' || c == '.' || c == '!' || c == '?';
    }

    private boolean standalone(QuotedPiece piece, int previousEnd) {
        int k = piece.open() - 1;
        while (k >= 0 && (view.text.charAt(k) == ' ' || view.text.charAt(k) == '\t')) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        char c = view.text.charAt(k);
        if (c == '\n' || c == '.' || c == '!' || c == '?' || c == '\u201D' || c == '"' || c == '\u00BB') {
            return true;
        }
        return c == ',' && previousEnd >= 0 && k <= previousEnd + 1;
    }
}
