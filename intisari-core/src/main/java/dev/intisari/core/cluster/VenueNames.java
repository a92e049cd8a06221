package dev.intisari.core.cluster;

import java.util.Locale;
import java.util.Set;

/**
 * Named venues where an occasion is held: after "di", "dalam", "acara", "membuka", "menghadiri", "mengunjungi",
 * "meresmikan" or "sela-sela", two to seven capitalised words or numbers (with "dan" or "&" between them) whose
 * first word names a building or ground ({@code venue-heads.txt}: "di Istana Negara", "di Gedung Komnas HAM", "di
 * Stadion Maguwoharjo"). The same phrases as the capitalised-venue pattern of {@link EventSignals} (kind
 * {@code OCCASIONS}), read by a scan that makes a string only where a venue starts: the pattern tried at every
 * character cost about 40 µs per article. Immutable; the list is read once.
 */
final class VenueNames {
    private static final Set<String> HEADS = Set.copyOf(OccasionNames.read("venue-heads.txt"));
    /** Words that make a capitalised name an occasion's, wherever they stand ({@code occasion-words.txt}). */
    private static final Set<String> OCCASION_WORDS = Set.copyOf(OccasionNames.read("occasion-words.txt"));
    private static final int LONGEST_OCCASION_WORD = OCCASION_WORDS.stream().mapToInt(String::length).max().orElse(0);
    private static final String[] TRIGGERS = {"di", "dalam", "acara", "membuka", "menghadiri", "mengunjungi",
        "meresmikan", "sela-sela"};
    /** Words after the first one. */
    private static final int MORE_WORDS = 6;

    private VenueNames() {
    }

    /** Adds each venue of the first {@code n} characters of {@code text}, lower case, to {@code out}. */
    static void names(String text, int n, Set<String> out) {
        names(text, n, out, null);
    }

    /**
     * Adds each venue of the first {@code n} characters of {@code text}, lower case, to {@code venues}, and each
     * name read the same way that holds a word of {@code occasion-words.txt} ("HIPMI-Danantara Business Forum
     * 2025", "Media Briefing Ditjen Pajak") to {@code occasions} when it is not null: the name of the occasion
     * where the article's words were said, in English word order as often as in Indonesian.
     */
    static void names(String text, int n, Set<String> venues, Set<String> occasions) {
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c != 'd' && c != 'a' && c != 'm' && c != 's' || i > 0 && wordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && (text.charAt(end) >= 'a' && text.charAt(end) <= 'z' || text.charAt(end) == '-')) {
                end++;
            }
            if (end == n || !Character.isWhitespace(text.charAt(end)) || !trigger(text, i, end)) {
                i = Math.max(end, i + 1);
                continue;
            }
            int start = end;
            while (start < n && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            i = start;
            if (start == n || !Character.isUpperCase(text.charAt(start))) {
                continue;
            }
            i = name(text, n, start, venues, occasions);
        }
    }

    /**
     * The name that starts with the capitalised word at {@code start} (after a trigger word): added to {@code venues}
     * or {@code occasions} as {@link #names} says; returns where the scan goes on. Kept out of {@link #names}' scan,
     * which runs over every character, so that the scan stays small for the JIT compiler and this rarer path is
     * compiled once on its own.
     */
    private static int name(String text, int n, int start, Set<String> venues, Set<String> occasions) {
        int first = capitalised(text, start);
        boolean venue = HEADS.contains(text.substring(start, first).toLowerCase(Locale.ROOT));
        if (!venue && occasions == null) {
            return first;
        }
        boolean occasion = occasions != null && occasionWord(text, start, first);
        int at = first;
        int words = 0;
        while (words < MORE_WORDS && at + 1 < n && text.charAt(at) == ' ') {
            char d = text.charAt(at + 1);
            int next;
            if (Character.isUpperCase(d)) {
                next = capitalised(text, at + 1);
                occasion = occasion || occasions != null && occasionWord(text, at + 1, next);
            } else if (Character.isDigit(d)) {
                next = at + 1;
                while (next < n && Character.isDigit(text.charAt(next))) {
                    next++;
                }
            } else if (text.startsWith("dan", at + 1)) {
                next = at + 4;
            } else if (d == '&') {
                next = at + 2;
            } else {
                break;
            }
            at = next;
            words++;
        }
        if (words == 0 || !venue && !occasion) {
            return at;
        }
        String phrase = text.substring(start, at);
        if (phrase.endsWith(" dan") || phrase.endsWith(" &")) {
            phrase = phrase.substring(0, phrase.lastIndexOf(' '));
        }
        if (phrase.indexOf(' ') > 0) {
            String name = phrase.toLowerCase(Locale.ROOT);
            if (venue) {
                venues.add(name);
            }
            if (occasion) {
                occasions.add(name);
            }
        }
        return at;
    }

    /**
     * The ways a venue is keyed: its name, and for a name of {@value #FORM_WORDS} or more words also the name
     * without each one of its words after the first, so that one place written with a word more or less ("Kantor
     * Pos Cikini" / "Kantor Pos Indonesia Cikini", "Gedung Aneka Bakti Kemensos" / "Gedung Aneka Bakti") shares a key.
     */
    static java.util.List<String> forms(String name) {
        String[] words = name.split(" ");
        if (words.length < FORM_WORDS) {
            return java.util.List.of(name);
        }
        java.util.List<String> out = new java.util.ArrayList<>(words.length);
        out.add(name);
        for (int drop = 1; drop < words.length; drop++) {
            StringBuilder b = new StringBuilder(name.length());
            for (int j = 0; j < words.length; j++) {
                if (j != drop) {
                    b.append(b.length() == 0 ? "" : " ").append(words[j]);
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    /** Words a venue's name needs before it is also keyed without one of them. */
    static final int FORM_WORDS = 4;

    /** Whether the capitalised word {@code text[from, to)} is an occasion word, compared in place. */
    private static boolean occasionWord(String text, int from, int to) {
        if (to - from < 3 || to - from > LONGEST_OCCASION_WORD) {
            return false;
        }
        for (String w : OCCASION_WORDS) {
            if (w.length() == to - from && text.regionMatches(true, from, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} is one of the {@link #TRIGGERS}, compared in place. */
    private static boolean trigger(String text, int from, int to) {
        for (String t : TRIGGERS) {
            if (t.length() == to - from && text.regionMatches(from, t, 0, t.length())) {
                return true;
            }
        }
        return false;
    }

    /** A character of a regular-expression word ({@code \w}: ASCII letters, digits, underscore). */
    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** End of the capitalised word starting at {@code from}: letters, digits, "&", "'" and "-". */
    private static int capitalised(String text, int from) {
        int i = from + 1;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '&' && c != '\'' && c != '-') {
                break;
            }
            i++;
        }
        return i;
    }
}
