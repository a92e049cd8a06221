package dev.intisari.core.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SharedContextTest {
    /** Articles per key in a corpus of 100 articles: "common" at 2 % is more than 5 articles. */
    private static final Map<String, Integer> ARTICLES = Map.of(
            "LOCATION|indonesia", 60, "LOCATION|jakarta", 40, "ORGANIZATION|bali united", 4,
            "PERSON|ilija spasojevik", 3, "LOCATION|bekasi", 3, "PERSON|hendra gunawan", 2,
            "PERSON|rina lestari", 1, "ORGANIZATION|persib", 5);

    private static SharedContext context() {
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        ARTICLES.forEach((key, n) -> spellings.put(key, Map.of(key.substring(key.indexOf('|') + 1), n)));
        return new SharedContext(spellings, 100, SharedContext.COMMON_SHARE);
    }

    private static Set<String> keys(String list) {
        return list.isBlank() ? Set.of() : Set.of(list.split(";"));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '/', textBlock = """
        LOCATION|bekasi;PERSON|hendra gunawan / ORGANIZATION|bali united;PERSON|ilija spasojevik / true
        LOCATION|bekasi;ORGANIZATION|bali united / ORGANIZATION|bali united;PERSON|ilija spasojevik / false
        LOCATION|indonesia;LOCATION|jakarta / ORGANIZATION|bali united;PERSON|ilija spasojevik / false
        LOCATION|bekasi;LOCATION|indonesia / ORGANIZATION|bali united;LOCATION|indonesia / false
        LOCATION|bekasi;PERSON|rina lestari / ORGANIZATION|bali united;PERSON|ilija spasojevik / false
        LOCATION|bekasi;PERSON|hendra gunawan;LOCATION|jakarta / ORGANIZATION|persib;ORGANIZATION|bali united;LOCATION|jakarta / true
        ' ' / ORGANIZATION|bali united;PERSON|ilija spasojevik / false
        """)
    void apartOnlyWithUncommonCompanyOnBothSidesAndNoneShared(String one, String other, boolean apart) {
        assertEquals(apart, context().apart(keys(one.strip()), keys(other.strip())));
        assertEquals(apart, context().apart(keys(other.strip()), keys(one.strip())));
    }

    /** Session 19: a common name ties when the longer name's articles name it {@code lift} times as often as all do. */
    @ParameterizedTest(name = "{0} with {1} of 10 articles, lift {2}: {3}")
    @CsvSource({
        "LOCATION|jakarta, 10, 2.0, true",
        "LOCATION|jakarta, 10, 4.0, false",
        "LOCATION|indonesia, 10, 1.5, true",
        "LOCATION|indonesia, 10, 2.0, false",
        "LOCATION|bekasi, 2, 4.0, false",
        "LOCATION|bekasi, 3, 4.0, true",
    })
    void aNameTiesWhenTheLongerNamesArticlesNameItFarMoreOftenThanAllDo(String key, int together, double lift,
                                                                       boolean tied) {
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        ARTICLES.forEach((k, n) -> spellings.put(k, Map.of(k.substring(k.indexOf('|') + 1), n)));
        spellings.put("PERSON|darmawan setiaji", Map.of("Darmawan Setiaji", 10));
        SharedContext context = new SharedContext(spellings, 100, SharedContext.COMMON_SHARE);
        assertEquals(tied, context.tied(Set.of(key, "PERSON|rina lestari"), Map.of(key, together),
                "PERSON|darmawan setiaji", lift));
    }
}
