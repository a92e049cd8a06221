package dev.intisari.core.quote;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The nicknames one article gives its persons and the full names they stand for: in parentheses or after "atau"
 * right after the name ("Joko Widodo (Jokowi)", "Saifullah Yusuf atau Gus Ipul"), or introduced by a marker word
 * ("Tontowi Ahmad, yang akrab disapa Owi"). Filled by {@link ArticleNames}; per article.
 */
final class Nicknames {
    /** Gap bits: a phrase break other than a quotation mark: "dipanggil \"Owi\"" still introduces the nickname. */
    private static final int NICKNAME_BREAK = Words.bits(",.;:()\"\u201C\u201D\n") & ~Words.bits("\"\u201C\u201D");
    /** Gap bits: punctuation before "atau" that ends the name. */
    private static final int CLAUSE_END = Words.bits(",.;:(");
    private final ArticleView view;
    private final Words words;
    private final FullNames fullNames;
    /** The article's one-word names used alone, shared with {@link ArticleNames}: a nickname is one. */
    private final Set<String> standalone;
    /** Lower-case nickname → the full name as the article writes it. */
    private final Map<String, String> names = new HashMap<>();

    Nicknames(ArticleView view, FullNames fullNames, Set<String> standalone) {
        this.view = view;
        this.words = view.words;
        this.fullNames = fullNames;
        this.standalone = standalone;
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** The full name of the nickname written with the lower-case words {@code key}, or null. */
    String fullName(String[] key) {
        return names.isEmpty() ? null : names.get(String.join(" ", key));
    }

    /** "Joko Widodo (Jokowi)", "Saifullah Yusuf (Gus Ipul)": the parenthesised name after [nameFrom, after) is a nickname. */
    void afterName(int nameFrom, int after) {
        if (after >= words.size) {
            return;
        }
        boolean parenthesis = words.gapBeforeHas(after, Words.OPEN_PAREN);
        boolean atau = words.lowerEquals(after, "atau") && !words.gapBeforeHas(after, CLAUSE_END);
        if (!parenthesis && !atau) {
            return;
        }
        int w = atau ? after + 1 : after;
        while (w < words.size && view.is(w, QuoteLexicon.HONORIFIC)) {
            w++;
        }
        int end = w;
        while (end < words.size && end - w < 3 && words.capitalised(end) && !words.acronym(end)
                && (end == w || (words.gapBefore(end) & (Words.PAREN | Words.COMMA | Words.STOP)) == 0)) {
            end++;
        }
        boolean closed = end == words.size || words.closesWithin(end - 1, ')', 2);
        if (end > w && (atau || closed)) {
            StringBuilder key = new StringBuilder();
            for (int k = w; k < end; k++) {
                key.append(k > w ? " " : "").append(words.lower(k));
            }
            names.putIfAbsent(key.toString(), NameWords.display(words, nameFrom, after));
            standalone.add(words.lower(end - 1));
        }
    }

    /**
     * "Tontowi Ahmad, yang akrab disapa Owi", "sering dipanggil Kobi": a nickname introduced by a marker word is the
     * one full name of the article before it that the nickname is made from.
     */
    void called() {
        for (int w = 0; w + 1 < words.size; w++) {
            // the cheap test first: most words are not followed by a capitalised one
            if (!words.capitalised(w + 1) || words.capitalised(w) || (view.mask[w] & QuoteLexicon.NICKNAME_MARKER) == 0
                    || words.acronym(w + 1) || words.gapBeforeHas(w + 1, NICKNAME_BREAK)) {
                continue;
            }
            String nickname = words.lower(w + 1);
            if (names.containsKey(nickname) || fullNames.hasWord(nickname)) {
                continue;
            }
            FullNames.FullName full = fullNames.nicknamed(nickname, words.start[w]);
            if (full != null) {
                names.put(nickname, full.display());
                standalone.add(nickname);
            }
        }
    }

    /**
     * "pebulu tangkis yang akrab disapa Owi itu": the full name of the nickname introduced right after the phrase
     * ending at word {@code to}, or null.
     */
    String calledAfter(int to) {
        int w = to;
        if (w >= words.size || !words.lowerEquals(w, "yang")) {
            return null;
        }
        w++;
        for (int k = 0; k < 2 && w < words.size && (view.mask[w] & QuoteLexicon.NICKNAME_MARKER) == 0; k++) {
            w++;
        }
        if (w + 1 >= words.size || (view.mask[w] & QuoteLexicon.NICKNAME_MARKER) == 0) {
            return null;
        }
        return names.get(words.lower(w + 1));
    }

    /** The full name the article gave for a nickname ("Gus Ipul", honorifics aside), or null. */
    String of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String full = names.get(lower);
        int space = lower.indexOf(' ');
        while (full == null && space > 0 && view.lexicon.honorifics.contains(lower.substring(0, space))) {
            lower = lower.substring(space + 1);
            full = names.get(lower);
            space = lower.indexOf(' ');
        }
        return full;
    }
}
