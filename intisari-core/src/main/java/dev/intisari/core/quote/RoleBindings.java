package dev.intisari.core.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The titles of one article bound to persons ("Juru bicara Kremlin Dmitry Peskov" binds "juru bicara kremlin"),
 * and what a role phrase refers to: a bound person ("juru bicara itu"), or the office itself when the article
 * never ties it to anyone ("Menteri Pertahanan Rusia"). Titles written short come in two kinds, both read here: the
 * table of common short forms and their long words ({@code title-abbreviations.txt}: "Mendagri" is "Menteri Dalam
 * Negeri" in every article), and the short forms one article gives in parentheses before a name ("… (Menko
 * Polhukam) Wiranto"), which stand for that person. Filled by {@link SpeakerResolver}; per article.
 */
final class RoleBindings {
    /** Title words [from, to) bound to a speaker; the set of their lower-case forms is made on the first role question. */
    private final class Binding {
        private final int from;
        private final int to;
        private final LazySpeaker speaker;
        private final int position;
        /** A relational title with its principal's name, bound to the holder in apposition. */
        private final boolean relational;
        private Set<String> set;

        Binding(int from, int to, LazySpeaker speaker, int position, boolean relational) {
            this.from = from;
            this.to = to;
            this.speaker = speaker;
            this.position = position;
            this.relational = relational;
        }

        int position() {
            return position;
        }

        Set<String> words() {
            if (set == null) {
                set = new HashSet<>();
                for (int w = from; w < to; w++) {
                    addExpanded(set, words.lower(w));
                }
            }
            return set;
        }
    }

    private final ArticleView view;
    private final Words words;
    private final List<Binding> bindings = new ArrayList<>();
    /** Short titles given in parentheses before a name: "menko polhukam" → Wiranto. */
    private final Map<String, LazySpeaker> shortTitles = new HashMap<>();

    RoleBindings(ArticleView view) {
        this.view = view;
        this.words = view.words;
    }

    /** Adds a title word, or the long words of a short one ("mendagri": menteri, dalam, negeri). */
    private void addExpanded(Set<String> set, String word) {
        List<String> long_ = view.lexicon.titleAbbreviations.get(word);
        if (long_ == null) {
            set.add(word);
        } else {
            set.addAll(long_);
        }
    }

    /**
     * "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam) Wiranto": a short title of one to three
     * words in parentheses right before a name stands for that person ("Menko Polhukam menambahkan").
     */
    void learnShortTitles(ArticleNames names) {
        for (int w = 1; w < words.size; w++) {
            if (!words.gapBeforeHas(w, Words.CLOSE_PAREN) || !words.capitalised(w)
                    || PhraseAnalysis.classify(view, w) != PhraseAnalysis.WordClass.NAME) {
                continue;
            }
            int k = w - 1;
            while (k > 0 && w - k < 3 && !words.gapBeforeHas(k, Words.OPEN_PAREN)) {
                k--;
            }
            if (!words.gapBeforeHas(k, Words.OPEN_PAREN) || !view.is(k, QuoteLexicon.TITLE) || words.acronym(k)) {
                continue;
            }
            int end = w + 1;
            while (end < words.size && end - w < 4 && words.capitalised(end) && words.gapBeforeIsBlank(end)
                    && PhraseAnalysis.classify(view, end) == PhraseAnalysis.WordClass.NAME) {
                end++;
            }
            int nameFrom = w;
            int nameTo = end;
            shortTitles.putIfAbsent(String.join(" ", names.key(k, w)),
                    new LazySpeaker(() -> names.person(nameFrom, nameTo, words.start[nameFrom])));
        }
    }

    /**
     * The holder of the short title the article gave in parentheses that the phrase [from, to) repeats, whatever
     * entity the recogniser made of its words ("Polhukam"), or null.
     */
    Speaker shortTitle(int from, int to, ArticleNames names) {
        if (shortTitles.isEmpty() || to - from > 3 || !view.is(from, QuoteLexicon.TITLE)) {
            return null;
        }
        LazySpeaker holder = shortTitles.get(String.join(" ", names.key(from, to)));
        return holder == null ? null : holder.get();
    }

    /** Binds the title words [from, to) to {@code speaker}. */
    void add(int from, int to, LazySpeaker speaker) {
        bindings.add(new Binding(from, to, speaker, words.start[from], false));
    }

    /**
     * Binds a relational title with its principal's name [from, to) ("kuasa hukum setya novanto") to the holder
     * the article puts in apposition.
     */
    void addRelational(int from, int to, LazySpeaker speaker) {
        bindings.add(new Binding(from, to, speaker, words.start[from], true));
    }

    /** Puts the bindings in text order once all are added. */
    void sort() {
        StableOrder.byKey(bindings, Binding::position);
    }

    /**
     * The person a role phrase [from, to) at {@code position} refers to: the last person bound before with all its
     * words; with a demonstrative ("mantan pelatih Lazio itu"), the last person bound with its head title; without
     * one, the first person bound later with all its words (a role named before its holder); else null.
     */
    Speaker role(int from, int to, int position) {
        Set<String> query = titleWords(from, to);
        if (query.isEmpty()) {
            return null;
        }
        for (int i = bindings.size() - 1; i >= 0; i--) {
            Binding b = bindings.get(i);
            if (b.position < position && b.words().containsAll(query)) {
                return b.speaker.get();
            }
        }
        List<String> head = null;
        for (int w = to - 1; w >= from && head == null; w--) {
            if (view.is(w, QuoteLexicon.TITLE) && !view.is(w, QuoteLexicon.MARKER | QuoteLexicon.HONORIFIC)) {
                String lower = words.lower(w);
                head = view.lexicon.titleAbbreviations.getOrDefault(lower, List.of(lower));
            }
        }
        boolean demonstrative = hasMarker(from, Math.min(words.size, to + 1));
        if (demonstrative && head != null) {
            // "mantan pelatih Lazio itu" after "Pelatih Inter Stefano Pioli": the last person bound with the
            // head title, when the other words describe him differently
            for (int i = bindings.size() - 1; i >= 0; i--) {
                Binding b = bindings.get(i);
                if (b.position < position && b.words().containsAll(head)) {
                    return b.speaker.get();
                }
            }
        }
        if (!demonstrative) {
            // a role named before its holder ("Menteri Pertahanan Rusia memperingatkan …" in the lead, "Menteri
            // Pertahanan Rusia Sergei Shoigu" later): the first later binding of the same words
            for (Binding b : bindings) {
                if (b.position > position && b.words().containsAll(query)) {
                    return b.speaker.get();
                }
            }
        }
        return null;
    }

    /**
     * The holder of the relational title [from, to) ("kuasa hukum") when it relates its holder to
     * {@code principal}: the last person bound before {@code position} with all the title's words, else the first
     * bound after, never the principal himself; null when none.
     */
    Speaker holderOtherThan(int from, int to, int position, Speaker principal) {
        Set<String> query = titleWords(from, to);
        Speaker later = null;
        for (int i = bindings.size() - 1; i >= 0; i--) {
            Binding b = bindings.get(i);
            if (!b.words().containsAll(query)) {
                continue;
            }
            Speaker s = b.speaker.get();
            if (s == null || same(s, principal)) {
                continue;
            }
            if (b.position < position) {
                return s;
            }
            later = s;
        }
        return later;
    }

    /**
     * True when {@code person} is bound to a title with all the words [from, to) and a qualifier more ("Juru
     * Bicara KPK" for "juru bicara"): he holds the title himself.
     */
    boolean holdsQualified(int from, int to, Speaker person) {
        Set<String> query = titleWords(from, to);
        for (Binding b : bindings) {
            if (!b.relational && b.words().containsAll(query) && qualified(b, query) && same(b.speaker.get(), person)) {
                return true;
            }
        }
        return false;
    }

    /** True when the binding's title has a word beyond the query's that names an office, a place or a body. */
    private boolean qualified(Binding b, Set<String> query) {
        for (int w = b.from; w < b.to; w++) {
            if (!query.contains(words.lower(w))) {
                PhraseAnalysis.WordClass c = PhraseAnalysis.classify(view, w);
                if (c == PhraseAnalysis.WordClass.TITLE || c == PhraseAnalysis.WordClass.ORGANISATION
                        || c == PhraseAnalysis.WordClass.PLACE || c == PhraseAnalysis.WordClass.ACRONYM
                        || c == PhraseAnalysis.WordClass.NAME) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The title words of [from, to), short titles expanded, demonstratives and honorifics left out. */
    private Set<String> titleWords(int from, int to) {
        Set<String> query = new HashSet<>();
        for (int w = from; w < to; w++) {
            if (!view.is(w, QuoteLexicon.MARKER | QuoteLexicon.HONORIFIC)) {
                addExpanded(query, words.lower(w));
            }
        }
        return query;
    }

    private static boolean same(Speaker a, Speaker b) {
        if (a == null || b == null) {
            return false;
        }
        return a.entityId() != null && b.entityId() != null ? a.entityId().equals(b.entityId()) : a.name().equals(b.name());
    }

    private boolean hasMarker(int from, int to) {
        for (int w = from; w < to; w++) {
            if (view.is(w, QuoteLexicon.MARKER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a short title stands for an office with one holder in the country: a minister of a named portfolio
     * ("Menpora": menteri pemuda dan olahraga), his deputy, the vice-president, the national police chief.
     */
    private boolean nationalOffice(String lower) {
        List<String> long_ = view.lexicon.titleAbbreviations.get(lower);
        if (long_ == null) {
            return false;
        }
        int portfolio = long_.get(0).equals("menteri") ? 1
                : long_.size() > 1 && long_.get(0).equals("wakil") && long_.get(1).equals("menteri") ? 2 : -1;
        if (portfolio > 0) {
            return long_.size() > portfolio && !long_.get(portfolio).equals("koordinator") || long_.size() > portfolio + 1;
        }
        String office = String.join(" ", long_);
        return office.equals("wakil presiden") || office.endsWith("negara republik indonesia");
    }

    /**
     * A capitalised office that names its place or institution ("Menteri Pertahanan Rusia", "Kepala BNPB") and
     * that the article never ties to a person: the office itself speaks (as a person: "sambungnya" after it
     * refers to it), and so does a short title of a national office ("Menpora"). A bare title ("Menteri", "juru
     * bicara itu") stays unknown.
     */
    Speaker office(int from, int to) {
        if (to - from == 1 && words.capitalised(from) && nationalOffice(words.lower(from))
                && !(to < words.size && view.is(to, QuoteLexicon.MARKER))) {
            // "kata Menpora": a short title of an office that has one holder in the country names him
            return new Speaker(NameWords.display(words, from, to), null, true);
        }
        if (!words.capitalised(from) || hasMarker(from, to) || to - from < 2
                || to < words.size && view.is(to, QuoteLexicon.MARKER)) {
            // "Politikus Partai Golkar ini" points back to someone named before
            return null;
        }
        if (to - from > 6) {
            return null;
        }
        boolean specific = false;
        for (int w = from; w < to; w++) {
            PhraseAnalysis.WordClass c = PhraseAnalysis.classify(view, w);
            if (!words.capitalised(w) && c != PhraseAnalysis.WordClass.TITLE
                    && !view.is(w, QuoteLexicon.PARTICLE)
                    || c == PhraseAnalysis.WordClass.NAME
                    || w > from && !words.gapBeforeIsBlank(w)) {
                // an office is title, place, institution and acronym words only, without punctuation: a name
                // ("Wakil Presiden Jusuf Kalla (JK)") or a dateline before it is no office
                return null;
            }
            specific |= c == PhraseAnalysis.WordClass.PLACE || c == PhraseAnalysis.WordClass.ACRONYM
                    || c == PhraseAnalysis.WordClass.ORGANISATION;
        }
        return specific ? new Speaker(NameWords.display(words, from, to), null, true) : null;
    }
}
