package dev.intisari.core.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tag sets and the class/id words of {@code html-hints.tsv}. */
record HtmlHints(Set<String> junkTags, Set<String> softTags, Set<String> pageTags, Set<String> headingTags, Set<String> titleTags,
                 Set<String> negativeWords, Set<String> positiveWords, List<String> taxonomyPrefixes, HintWords words) {
    static HtmlHints load() {
        Map<String, String> values = new HashMap<>();
        for (String[] row : RuleSet.pairs("html-hints.tsv")) {
            values.put(row[0], row[1]);
        }
        Set<String> negative = words(values, "negative");
        Set<String> positive = words(values, "positive");
        return new HtmlHints(words(values, "junk-tags"), words(values, "soft-tags"), words(values, "page-tags"), words(values, "heading-tags"),
                words(values, "title-tags"), negative, positive, List.copyOf(words(values, "taxonomy-prefixes")),
                new HintWords(negative, positive));
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
        boolean negative = false;
        boolean positive = false;
        int i = 0;
        int n = marks.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(marks.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(marks.charAt(i))) {
                i++;
            }
            if (i > start && !taxonomy(marks, start)) {
                int kind = nameKind(marks, start, i);
                if ((kind & HintWords.NEGATIVE) != 0) {
                    negative = true;
                } else if ((kind & HintWords.POSITIVE) != 0) {
                    positive = true;
                }
            }
        }
        return negative && positive ? 2 : negative ? -1 : positive ? 1 : 0;
    }

    private boolean taxonomy(String marks, int start) {
        char first = Character.toLowerCase(marks.charAt(start));
        for (String prefix : taxonomyPrefixes) {
            // most class names start with none of the prefixes' letters: one comparison each
            if (prefix.charAt(0) != first) {
                continue;
            }
            if (marks.regionMatches(true, start, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kinds of the words of one class name (split at "-" and "_") and of each pair of neighbours joined by
     * "-": boilerplate when any is a boilerplate word, else content when any is a content word.
     */
    private int nameKind(String marks, int from, int to) {
        int kinds = 0;
        int prevStart = -1;
        int prevEnd = -1;
        int prevHash = 0;
        int i = from;
        while (i < to) {
            while (i < to && separator(marks.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !separator(marks.charAt(i))) {
                i++;
            }
            if (i > start) {
                int hash = HintWords.hash(marks, start, i, 0);
                kinds |= words.kind(marks, start, i, hash);
                if (prevStart >= 0) {
                    int pair = HintWords.hash(marks, start, i, 31 * prevHash + '-');
                    kinds |= words.pairKind(marks, prevStart, prevEnd, start, i, pair);
                }
                if ((kinds & HintWords.NEGATIVE) != 0) {
                    return kinds;
                }
                prevStart = start;
                prevEnd = i;
                prevHash = hash;
            }
        }
        return kinds;
    }

    private static boolean separator(char c) {
        return c == ' ' || c == '_' || c == '-' || c == '\t' || c == '\n';
    }

    private static Set<String> words(Map<String, String> values, String key) {
        return Set.copyOf(List.of(values.get(key).split("\\s+")));
    }
}
