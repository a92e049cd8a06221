package dev.intisari.core.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The tag sets and the class/id words of {@code html-hints.tsv}. */
record HtmlHints(Set<String> junkTags, Set<String> softTags, Set<String> headingTags, Set<String> titleTags,
                 Set<String> negativeWords, Set<String> positiveWords) {
    static HtmlHints load() {
        Map<String, String> values = new HashMap<>();
        for (String[] row : RuleSet.pairs("html-hints.tsv")) {
            values.put(row[0], row[1]);
        }
        return new HtmlHints(words(values, "junk-tags"), words(values, "soft-tags"), words(values, "heading-tags"),
                words(values, "title-tags"), words(values, "negative"), words(values, "positive"));
    }

    /** Whether a "class id" string names a boilerplate container. */
    boolean negative(String marks) {
        return matches(marks, negativeWords);
    }

    /** Whether a "class id" string names a content container. */
    boolean positive(String marks) {
        return matches(marks, positiveWords);
    }

    private static boolean matches(String marks, Set<String> words) {
        if (marks.isBlank()) {
            return false;
        }
        List<String> tokens = new ArrayList<>();
        int i = 0;
        String lower = marks.toLowerCase(Locale.ROOT);
        while (i < lower.length()) {
            while (i < lower.length() && separator(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < lower.length() && !separator(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                String token = lower.substring(start, i);
                if (words.contains(token)) {
                    return true;
                }
                tokens.add(token);
            }
        }
        for (int t = 1; t < tokens.size(); t++) {
            if (words.contains(tokens.get(t - 1) + "-" + tokens.get(t))) {
                return true;
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
