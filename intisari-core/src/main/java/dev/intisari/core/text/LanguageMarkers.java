package dev.intisari.core.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Weighted words and two-word phrases that tell Malay from Indonesian ({@code language-markers.tsv}):
 * "kerana", "bahawa", "polis" against "karena", "bahwa", "polisi"; and the function words the two share
 * ({@code function-words.txt}: "yang", "dan", "dengan"), which say a text is one of them. Immutable.
 */
final class LanguageMarkers {
    private static final String RESOURCE = "language-markers.tsv";
    private static final String FUNCTION_WORDS = "function-words.txt";

    /** What a single word is: its marker weight (signed, Malay positive), function word, first word of a phrase. */
    private record Word(double weight, boolean function, boolean phraseHead) {
    }

    /** The single words' entries, found by their characters without making a string ({@link KeyIndex}). */
    private final KeyIndex index;
    private final Word[] entries;
    private final Map<String, Double> phrases;

    private LanguageMarkers(Map<String, Double> weights, Set<String> functionWords) {
        Map<String, Word> byWord = new HashMap<>();
        Map<String, Double> byPhrase = new HashMap<>();
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            int space = e.getKey().indexOf(' ');
            if (space > 0) {
                byPhrase.put(e.getKey(), e.getValue());
                byWord.merge(e.getKey().substring(0, space), new Word(0, false, true),
                        (a, b) -> new Word(a.weight(), a.function(), true));
            } else {
                byWord.merge(e.getKey(), new Word(e.getValue(), false, false),
                        (a, b) -> new Word(b.weight(), a.function(), a.phraseHead()));
            }
        }
        for (String f : functionWords) {
            byWord.merge(f, new Word(0, true, false), (a, b) -> new Word(a.weight(), true, a.phraseHead()));
        }
        this.phrases = Map.copyOf(byPhrase);
        String[] keys = byWord.keySet().toArray(String[]::new);
        this.index = new KeyIndex(keys);
        this.entries = new Word[keys.length];
        for (int k = 0; k < keys.length; k++) {
            entries[k] = byWord.get(keys[k]);
        }
    }

    static LanguageMarkers standard() {
        return Bundled.INSTANCE;
    }

    /** See {@link MarkerCount#malayOverIndonesian()}. */
    double malayOverIndonesian(String text, int limit) {
        return count(text, limit).malayOverIndonesian();
    }

    /**
     * Markers and function words in the first {@code limit} characters, in one pass. The balance adds each
     * distinct marker's weight once: positive leans Malay, negative Indonesian, zero says nothing.
     */
    MarkerCount count(String text, int limit) {
        int n = Math.min(text.length(), limit);
        Set<String> found = new HashSet<>();
        double balance = 0;
        int count = 0;
        int function = 0;
        String previous = null;
        char[] word = new char[32];
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isLetter(c)) {
                i++;
                if (c != ' ') {
                    previous = null;
                }
                continue;
            }
            int length = 0;
            int hash = 0;
            while (i < n) {
                char d = text.charAt(i);
                char lower;
                if (d >= 'A' && d <= 'Z') {
                    lower = (char) (d + ('a' - 'A'));
                } else if ((d >= 'a' && d <= 'z') || (d >= 128 && Character.isLetter(d))) {
                    lower = d >= 128 ? Character.toLowerCase(d) : d;
                } else if (d == '-' && i + 1 < n && isLetter(text.charAt(i + 1))) {
                    lower = d;
                } else {
                    break;
                }
                if (length == word.length) {
                    word = Arrays.copyOf(word, 2 * length);
                }
                word[length++] = lower;
                hash = 31 * hash + lower;
                i++;
            }
            count++;
            // the word's string is made only for a listed word or after a phrase's first word: most words are neither
            int at = index.find(word, length, hash);
            Word info = at < 0 ? null : entries[at];
            String w = info != null ? index.key(at) : previous != null ? new String(word, 0, length) : null;
            if (info != null) {
                if (info.function()) {
                    function++;
                }
                if (info.weight() != 0 && found.add(w)) {
                    balance += info.weight();
                }
            }
            if (previous != null) {
                String phrase = previous + ' ' + w;
                Double phraseWeight = phrases.get(phrase);
                if (phraseWeight != null && found.add(phrase)) {
                    balance += phraseWeight;
                }
            }
            previous = info != null && info.phraseHead() ? w : null;
        }
        return new MarkerCount(balance, count, function);
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static final class Bundled {
        static final LanguageMarkers INSTANCE = load();

        private static LanguageMarkers load() {
            Map<String, Double> weights = new HashMap<>();
            for (String line : Abbreviations.lines(RESOURCE)) {
                String[] parts = line.split("\t");
                if (parts.length != 3 || !(parts[0].equals("ms") || parts[0].equals("id"))) {
                    throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
                }
                double weight = Double.parseDouble(parts[1]);
                weights.merge(parts[2].toLowerCase(Locale.ROOT), parts[0].equals("ms") ? weight : -weight, Double::sum);
            }
            return new LanguageMarkers(weights, new HashSet<>(Abbreviations.lines(FUNCTION_WORDS)));
        }
    }
}
