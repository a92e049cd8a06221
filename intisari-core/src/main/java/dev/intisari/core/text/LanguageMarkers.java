package dev.intisari.core.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Weighted words and two-word phrases that tell Malay from Indonesian ({@code language-markers.tsv}):
 * "kerana", "bahawa", "polis" against "karena", "bahwa", "polisi". Immutable.
 */
final class LanguageMarkers {
    private static final String RESOURCE = "language-markers.tsv";

    private final Map<String, Double> weights;

    private LanguageMarkers(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    static LanguageMarkers standard() {
        return Bundled.INSTANCE;
    }

    /**
     * Malay weight minus Indonesian weight of the markers in the first {@code limit} characters: positive
     * leans Malay, negative Indonesian, zero says nothing.
     */
    double malayOverIndonesian(String text, int limit) {
        int n = Math.min(text.length(), limit);
        double balance = 0;
        String previous = null;
        int i = 0;
        StringBuilder word = new StringBuilder(16);
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                if (c != ' ') {
                    previous = null;
                }
                continue;
            }
            word.setLength(0);
            while (i < n && (Character.isLetter(text.charAt(i))
                    || (text.charAt(i) == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                word.append(Character.toLowerCase(text.charAt(i)));
                i++;
            }
            String w = word.toString();
            balance += weights.getOrDefault(w, 0.0);
            if (previous != null) {
                balance += weights.getOrDefault(previous + ' ' + w, 0.0);
            }
            previous = w;
        }
        return balance;
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
            return new LanguageMarkers(weights);
        }
    }
}
