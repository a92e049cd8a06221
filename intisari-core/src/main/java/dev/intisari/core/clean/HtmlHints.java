package dev.intisari.core.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The tag sets and class/id patterns of {@code html-hints.tsv}. */
record HtmlHints(Set<String> junkTags, Set<String> softTags, Set<String> headingTags, Set<String> titleTags,
                 Pattern negative, Pattern positive) {
    static HtmlHints load() {
        Map<String, String> values = new HashMap<>();
        for (String[] row : RuleSet.pairs("html-hints.tsv")) {
            values.put(row[0], row[1]);
        }
        return new HtmlHints(words(values, "junk-tags"), words(values, "soft-tags"), words(values, "heading-tags"),
                words(values, "title-tags"), Pattern.compile(values.get("negative")),
                Pattern.compile(values.get("positive")));
    }

    private static Set<String> words(Map<String, String> values, String key) {
        return Set.copyOf(List.of(values.get(key).split("\\s+")));
    }
}
