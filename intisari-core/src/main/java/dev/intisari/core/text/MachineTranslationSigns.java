package dev.intisari.core.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Traces that machine translation leaves in Indonesian text, for the "machine-translated" flag. The one that
 * human writers practically never produce is a hyphen leaning on one side of a reduplicated word: "kata -kata",
 * "negara- negara" ({@value #REDUPLICATION_WEIGHT} points). Weaker traces, 1 point each: a reduplication
 * spaced on both sides ("kata - kata", which some writers type for "Undang-Undang") and a hyphen leaning on
 * the second of two different words ("rusia -ukraina"). Each distinct trace counts once, so one article
 * repeating "Undang - Undang" is not flagged. The text is flagged from a score of {@code threshold}
 * ({@value #DEFAULT_THRESHOLD} by default). Dashes ("--", "—"), minus signs and datelines
 * ("Jakarta - Presiden") do not count. One pass, no regular expressions. Immutable and thread-safe.
 */
public final class MachineTranslationSigns {
    public static final int DEFAULT_THRESHOLD = 2;
    static final int REDUPLICATION_WEIGHT = 2;

    private final int threshold;

    public MachineTranslationSigns() {
        this(DEFAULT_THRESHOLD);
    }

    public MachineTranslationSigns(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be positive");
        }
        this.threshold = threshold;
    }

    /** Whether the text shows enough traces to be flagged "machine-translated". */
    public boolean likely(String text) {
        return text != null && score(text) >= threshold;
    }

    /** The weighted count of traces in the text. */
    public int score(String text) {
        if (text == null) {
            return 0;
        }
        int n = text.length();
        int score = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 1; i + 1 < n; i++) {
            if (text.charAt(i) != '-' || text.charAt(i - 1) == '-' || text.charAt(i + 1) == '-') {
                continue;
            }
            boolean spaceBefore = text.charAt(i - 1) == ' ';
            boolean spaceAfter = text.charAt(i + 1) == ' ';
            if (spaceBefore == spaceAfter && !spaceBefore) {
                continue; // an ordinary hyphen: "kata-kata"
            }
            int leftEnd = spaceBefore ? i - 1 : i;
            int rightStart = spaceAfter ? i + 2 : i + 1;
            int leftStart = wordStart(text, leftEnd);
            int rightEnd = wordEnd(text, rightStart);
            if (leftStart == leftEnd || rightEnd == rightStart) {
                continue;
            }
            boolean reduplication = leftEnd - leftStart == rightEnd - rightStart
                    && text.regionMatches(true, leftStart, text, rightStart, leftEnd - leftStart);
            int weight;
            if (reduplication) {
                weight = spaceBefore && spaceAfter ? 1 : REDUPLICATION_WEIGHT;
            } else {
                weight = spaceBefore && !spaceAfter && Character.isLowerCase(text.charAt(leftEnd - 1)) ? 1 : 0;
            }
            if (weight > 0 && seen.add(text.substring(leftStart, rightEnd).toLowerCase(Locale.ROOT))) {
                score += weight;
            }
        }
        return score;
    }

    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
