package dev.intisari.core.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The tag sets and the class/id words of {@code html-hints.tsv}. */
record HtmlHints(Set<String> junkTags, Set<String> softTags, Set<String> pageTags, Set<String> headingTags, Set<String> titleTags,
                 Set<String> negativeWords, Set<String> positiveWords, List<String> taxonomyPrefixes) {
    static HtmlHints load() {
        Map<String, String> values = new HashMap<>();
        for (String[] row : RuleSet.pairs("html-hints.tsv")) {
            values.put(row[0], row[1]);
        }
        return new HtmlHints(words(values, "junk-tags"), words(values, "soft-tags"), words(values, "page-tags"), words(values, "heading-tags"),
                words(values, "title-tags"), words(values, "negative"), words(values, "positive"),
                List.copyOf(words(values, "taxonomy-prefixes")));
    }

    /**
     * -1 when the class names or the id name a boilerplate container, 1 when they name the content, 0 for
     * neither or both. Each class name is read on its own: a name holding a boilerplate word
     * ({@code related-posts}, {@code comment-content}) is boilerplate; a name holding only a content word is
     * content; an element with names of both kinds ({@code article-text heading-tag-switch}) is neutral.
     * Class names that label a taxonomy term ({@code tag-wellness}, {@code category-sport}: content management
     * systems put them on the article itself) say what the article is about, not what the element is, and are
     * skipped.
     */
    int hint(String marks) {
        int m = marks(marks);
        return m == 2 ? 0 : m;
    }

    /** As {@link #hint}, but 2 when names of both kinds occur (so that class and id can be read apart). */
    int marks(String marks) {
        String lower = marks.toLowerCase(Locale.ROOT);
        boolean negative = false;
        boolean positive = false;
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
            if (i > start && !taxonomy(lower, start)) {
                if (nameMatches(lower, start, i, negativeWords)) {
                    negative = true;
                } else if (nameMatches(lower, start, i, positiveWords)) {
                    positive = true;
                }
            }
        }
        return negative && positive ? 2 : negative ? -1 : positive ? 1 : 0;
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
