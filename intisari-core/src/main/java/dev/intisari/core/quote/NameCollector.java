package dev.intisari.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Passes over an article's words that learn, without entities, the names a speaker phrase may refer to.
 * Every run of capitalised and title words is read with {@link PhraseAnalysis}: a name of two or more words,
 * or one after a title, is a full name ("Juru bicara Kremlin Dmitry Peskov" gives "Dmitry Peskov" and binds
 * the title "juru bicara kremlin" to him); "Badan Intelijen Luar Negeri Rusia (SVR)" teaches an acronym.
 */
final class NameCollector {
    /** Punctuation that ends a run; a slash joins two names ("Marcus/Kevin", "Boe/Mogensen"), it does not make one. */
    private static final int BREAKS = Words.bits(",;:()\"\u201C\u201D\u2018\u2019\u00AB\u00BB\n!?/");

    /** A run of words [from, to) with its reading. */
    record Run(int from, int to, PhraseAnalysis analysis) {
        boolean titled() {
            return analysis.hasName() && analysis.nameFrom > from && analysis.hasTitle;
        }
    }

    private NameCollector() {
    }

    /** Every run of the article that holds a name, in text order; acronyms are learnt on the way. */
    static List<Run> runs(ArticleView view, Map<String, String> acronyms) {
        Words words = view.words;
        QuoteLexicon lex = view.lexicon;
        List<Run> runs = new ArrayList<>();
        int w = 0;
        while (w < words.size) {
            if (!inRun(view, w)) {
                w++;
                continue;
            }
            int from = w;
            int to = w + 1;
            while (to < words.size && inRun(view, to) && !breaksBefore(view, to)) {
                to++;
            }
            PhraseAnalysis a = new PhraseAnalysis(view, from, to);
            if (a.hasName()) {
                runs.add(new Run(from, to, a));
            }
            if (to < words.size && words.acronym(to) && words.gapBeforeHas(to, Words.OPEN_PAREN) && to - from >= 2
                    && !view.is(from, QuoteLexicon.TITLE) && !allPlaces(view, from, to)) {
                int longFrom = initialsFrom(words, joinedBefore(view, from), to);
                acronyms.putIfAbsent(words.surface(to), words.text.substring(words.start[longFrom], words.end[to - 1]));
            } else if (to < words.size && words.gapBeforeHas(to, Words.OPEN_PAREN) && !words.acronym(to)) {
                int longFrom = shortFormStart(view, from, to);
                if (longFrom >= 0) {
                    acronyms.putIfAbsent(words.surface(to),
                            words.text.substring(words.start[longFrom], words.end[to - 1]));
                }
            }
            w = to;
        }
        return runs;
    }

    /**
     * Where the long form of the acronym at {@code to} starts in the run [from, to): the last words whose initials
     * spell the acronym when there are fewer of them than the run's words ("… dan Pembangunan Kewilayahan Agus
     * Harimurti Yudhoyono (AHY)" → "Agus Harimurti Yudhoyono"), else {@code from}.
     */
    private static int initialsFrom(Words words, int from, int to) {
        String acronym = words.surface(to);
        int letters = acronym.length();
        int start = to - letters;
        if (letters < 2 || start <= from) {
            return from;
        }
        for (int k = 0; k < letters; k++) {
            char initial = words.text.charAt(words.start[start + k]);
            if (!Character.isLetter(acronym.charAt(k))
                    || Character.toUpperCase(initial) != Character.toUpperCase(acronym.charAt(k))) {
                return from;
            }
        }
        return start;
    }

    /**
     * "Universitas Udayana (Unud)", "Kementerian Komunikasi dan Informatika (Kemkominfo)": a one-word short form in
     * parentheses after an organisation's name of two or more words that starts with an organisation word and
     * the same letter; the name's first word, else -1.
     */
    private static int shortFormStart(ArticleView view, int from, int to) {
        Words words = view.words;
        int length = words.end[to] - words.start[to];
        if (!words.capitalised(to) || length < 3 || length > 12
                || to + 1 < words.size && !words.gapBeforeHas(to + 1, Words.CLOSE_PAREN)) {
            return -1;
        }
        for (int k = from; k < to - 1; k++) {
            if (view.is(k, QuoteLexicon.ORGANISATION) && words.capitalised(k)) {
                return Character.toLowerCase(words.text.charAt(words.start[to]))
                        == Character.toLowerCase(words.text.charAt(words.start[k])) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * "Kementerian Perindustrian dan Teknologi Informasi (MIIT)": the start of the organisation's name when the run
     * before its short form follows "dan" and a run opened by an organisation word; else {@code from}.
     */
    private static int joinedBefore(ArticleView view, int from) {
        Words words = view.words;
        if (from < 3 || !words.lowerEquals(from - 1, "dan") || breaksBefore(view, from - 1) || breaksBefore(view, from)) {
            return from;
        }
        int k = from - 2;
        while (k > 0 && words.capitalised(k - 1) && !breaksBefore(view, k) && from - k < 6) {
            k--;
        }
        return words.capitalised(k) && view.is(k, QuoteLexicon.ORGANISATION) ? k : from;
    }

    private static boolean allPlaces(ArticleView view, int from, int to) {
        for (int w = from; w < to; w++) {
            if (!view.is(w, QuoteLexicon.PLACE)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inRun(ArticleView view, int w) {
        Words words = view.words;
        if (words.capitalised(w)) {
            return true;
        }
        return (view.mask[w] & (QuoteLexicon.TITLE | QuoteLexicon.PARTICLE)) != 0;
    }

    /** Punctuation between two words ends a run, except the dot of an abbreviation or initial ("Dr.", "M."). */
    private static boolean breaksBefore(ArticleView view, int w) {
        Words words = view.words;
        if (words.gapBeforeHas(w, BREAKS)) {
            return true;
        }
        if (words.gapBeforeHas(w, Words.DOT)) {
            int prev = w - 1;
            int len = words.end[prev] - words.start[prev];
            return !(len <= 2 || view.is(prev, QuoteLexicon.HONORIFIC));
        }
        return false;
    }
}
