package dev.intisari.core.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The tag sets and the class/id words of {@code html-hints.tsv}. */
record HtmlHints(Set<String> junkTags, Set<String> softTags, Set<String> headingTags, Set<String> titleTags,
                 Set<String> negativeWords, Set<String> positiveWords, List<String> taxonomyPrefixes) {
    static HtmlHints load() {
        Map<String, String> values = new HashMap<>();
        for (String[] row : RuleSet.pairs("html-hints.tsv")) {
            values.put(row[0], row[1]);
        }
        return new HtmlHints(words(values, "junk-tags"), words(values, "soft-tags"), words(values, "heading-tags"),
                words(values, "title-tags"), words(values, "negative"), words(values, "positive"),
                List.copyOf(words(values, "taxonomy-prefixes")));
    }

    /** Whether a "class id" string names a boilerplate container. */
    boolean negative(String marks) {
        return matches(marks, negativeWords);
    }

    /** Whether a "class id" string names a content container. */
    boolean positive(String marks) {
        return matches(marks, positiveWords);
    }

    /**
     * Whether one of the class names or the id holds a word of {@code words}, alone or as a pair of
     * neighbouring words joined by "-". Class names that label a taxonomy term ({@code tag-wellness},
     * {@code category-sport}: content management systems put them on the article itself) say what the
     * article is about, not what the element is, and are skipped.
     */
    private boolean matches(String marks, Set<String> words) {
        String lower = marks.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(lower.charAt(i))) {
                i++;
            }
            if (i > start && !taxonomy(lower, start) && nameMatches(lower, start, i, words)) {
                return true;
            }
        }
        return false;
    }

    private boolean taxonomy(String lower, int start) {
        for (String prefix : taxonomyPrefixes) {
            if (lower.startsWith(prefix, start)) {
                return true;
            }
        }
        return false;
    }

    /** The words of one class name (split at "-" and "_"), and each pair of neighbours joined by "-". */
    private static boolean nameMatches(String lower, int from, int to, Set<String> words) {
        String previous = null;
        int i = from;
        while (i < to) {
            while (i < to && separator(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !separator(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                String token = lower.substring(start, i);
                if (words.contains(token) || previous != null && words.contains(previous + "-" + token)) {
                    return true;
                }
                previous = token;
            }
        }
        return false;
    }

    private static boolean separator(char c) {
        return c == ' ' || c == '_' || c == '-' || c == '\t' || c == '\n';
    }

    private static Set<String> words(Map<String, String> values, String key) {
        return Set.copyOf(List.of(values.get(key).split("\\s+")));
    }
}
