package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Acronyms with their expansions. An acronym abbreviates a phrase when every content word gives it its
 * first letter and possibly more of its letters, in order (Badan Reserse Kriminal = Bareskrim);
 * connectors may give none. {@link #bind} applies this to "Expansion (ACRONYM)" in a text.
 */
final class AcronymMatch {
    static final Set<String> CONNECTORS = Set.of("dan", "&", "untuk", "dari", "serta", "bagi", "pada", "di", "atas",
            "-", "of", "the", "and", "for", "ke", "se", "dalam");

    private AcronymMatch() {
    }

    /** Says whether the words [from, to) of an article are an office, not a body ("Wakil Menteri Sosial"). */
    interface Office {
        boolean test(ArticleTokens t, int from, int to);
    }

    /** Whether {@code word} may be an acronym: 2..12 letters/digits starting with a capital. */
    static boolean looksLikeAcronym(String word) {
        if (word.length() < 2 || word.length() > 12 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetterOrDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every letter of {@code word} is a capital (KPK, not Bareskrim). */
    static boolean allCapitals(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
            if (Character.isUpperCase(word.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2;
    }

    static boolean matches(String acronym, String[] words, int from, int to) {
        String a = acronym.toLowerCase(Locale.ROOT);
        if (to - from > 12 || to <= from || CONNECTORS.contains(words[from].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return match(a, 0, words, from, to);
    }

    private static boolean match(String a, int ai, String[] words, int wi, int to) {
        if (wi == to) {
            return ai == a.length();
        }
        String w = words[wi].toLowerCase(Locale.ROOT);
        boolean connector = CONNECTORS.contains(w) || !Character.isLetterOrDigit(w.charAt(0));
        if (connector && match(a, ai, words, wi + 1, to)) {
            return true;
        }
        if (ai >= a.length() || w.charAt(0) != a.charAt(ai)) {
            return false;
        }
        // the word gives its first letter, then any further letters of its own, in order
        int ak = ai + 1;
        if (match(a, ak, words, wi + 1, to)) {
            return true;
        }
        int wk = 1;
        while (ak < a.length() && wk < w.length()) {
            if (w.charAt(wk) == a.charAt(ak)) {
                ak++;
                if (match(a, ak, words, wi + 1, to)) {
                    return true;
                }
            }
            wk++;
        }
        return false;
    }

    /**
     * Finds "Expansion (ACRONYM)" in the text, makes the expansion one mention and the acronym another of
     * the same type (the tagger's type of the expansion, else organisation), and returns the pairs. An expansion
     * that {@code office} says is an office ("Wakil Menteri Sosial (Wamensos)") is neither.
     */
    static List<NameRules.Acronym> bind(ArticleTokens t, MentionTable table, Office office) {
        List<NameRules.Acronym> out = new ArrayList<>();
        for (int p = 1; p + 2 < t.size; p++) {
            if (!t.words[p].equals("(") || !t.words[p + 2].equals(")") || !looksLikeAcronym(t.words[p + 1])) {
                continue;
            }
            boolean strict = !allCapitals(t.words[p + 1]);
            String acronym = t.words[p + 1];
            int first = p;
            while (first > 0 && p - first < 12 && t.sameSegment(p, first - 1)
                    && (t.capitalised[first - 1] || CONNECTORS.contains(t.words[first - 1].toLowerCase(Locale.ROOT)))) {
                first--;
            }
            int start = -1;
            for (int s = first; s < (strict ? p - 1 : p) && start < 0; s++) {
                if (t.capitalised[s] && matches(acronym, t.words, s, p)) {
                    start = s;
                }
            }
            Mention before = table.at(p - 1);
            // an English acronym after its Indonesian name ("Pakta Pertahanan Atlantik Utara (NATO)"); never a
            // dateline's agency after a place ("Washington (ANTARA)")
            if (start < 0 && !strict && before != null && before.end() == p && before.type() != EntityType.LOCATION) {
                start = before.start();
            }
            if (start < 0 || office.test(t, start, p)) {
                continue;
            }
            EntityType type = typeOf(table, start, p);
            table.add(new Mention(start, p, type));
            table.add(new Mention(p + 1, p + 2, type));
            out.add(new NameRules.Acronym(acronym, start, p));
        }
        return out;
    }

    private static EntityType typeOf(MentionTable table, int start, int end) {
        for (int k = start; k < end; k++) {
            Mention m = table.at(k);
            if (m != null && m.start() == start && m.end() == end) {
                return m.type();
            }
        }
        return EntityType.ORGANIZATION;
    }
}
