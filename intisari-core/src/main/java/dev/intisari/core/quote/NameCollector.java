package dev.intisari.core.quote;

import java.util.Map;

/**
 * One pass over an article's words that learns, without entities, the names a speaker phrase may refer to:
 * every run of capitalised and title words is read with {@link PhraseAnalysis}; a name of two or more words,
 * or one after a title, is a full name ("Juru bicara Kremlin Dmitry Peskov" gives "Dmitry Peskov" and binds
 * the title "juru bicara kremlin" to him); "Badan Intelijen Luar Negeri Rusia (SVR)" teaches an acronym.
 */
final class NameCollector {
    private static final String BREAKS = ",;:()\"\u201C\u201D\u2018\u2019\u00AB\u00BB\n!?";

    private NameCollector() {
    }

    static void collect(ArticleView view, SpeakerResolver sink, Map<String, String> acronyms) {
        Words words = view.words;
        QuoteLexicon lex = view.lexicon;
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
            // a run ending in a lowercase title word ("kata juru bicara") names nobody
            PhraseAnalysis a = new PhraseAnalysis(view, from, to);
            if (a.hasName()) {
                boolean titled = a.nameFrom > from && a.hasTitle;
                int length = a.nameTo - a.nameFrom;
                if (length >= 2 || titled) {
                    sink.addFullName(a.nameFrom, a.nameTo);
                }
                Speaker person = sink.personAt(a.nameFrom, a.nameTo);
                if (titled) {
                    sink.addBinding(from, a.nameFrom, person);
                }
                sink.addPerson(words.start[a.nameFrom], person,
                        view.sentenceInitial(from) && (a.nameFrom == from || a.hasTitle));
            }
            if (to < words.size && words.acronym(to) && words.gapBeforeHas(to, "(") && to - from >= 2
                    && !lex.titles.contains(words.lower[from])) {
                acronyms.putIfAbsent(words.surface(to),
                        words.text.substring(words.start[from], words.end[to - 1]));
            }
            w = to;
        }
    }

    private static boolean inRun(ArticleView view, int w) {
        Words words = view.words;
        if (words.capitalised(w)) {
            return true;
        }
        String lower = words.lower[w];
        return view.lexicon.titles.contains(lower) || view.lexicon.nameParticles.contains(lower);
    }

    /** Punctuation between two words ends a run, except the dot of an abbreviation or initial ("Dr.", "M."). */
    private static boolean breaksBefore(ArticleView view, int w) {
        Words words = view.words;
        if (words.gapBeforeHas(w, BREAKS)) {
            return true;
        }
        if (words.gapBeforeHas(w, ".")) {
            int prev = w - 1;
            int len = words.end[prev] - words.start[prev];
            return !(len <= 2 || view.lexicon.honorifics.contains(words.lower[prev]));
        }
        return false;
    }
}
