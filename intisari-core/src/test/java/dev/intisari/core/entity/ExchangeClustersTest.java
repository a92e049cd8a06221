package dev.intisari.core.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped language-model classes put words of one kind together at 256 classes and tell kinds apart. */
class ExchangeClustersTest {

    private static int class256(String word) {
        int packed = ExchangeClusters.shipped().classesOf(TokenHash.lower(word));
        assertTrue(packed != 0, word + " has classes");
        return (packed >>> 10) & 1023;
    }

    @ParameterizedTest
    @CsvSource({
        "jakarta, surabaya",
        "ujar, tutur",
        "kpk, bareskrim",
    })
    void wordsOfOneKindShareAClass(String a, String b) {
        assertEquals(class256(a), class256(b));
    }

    @ParameterizedTest
    @CsvSource({
        "jakarta, ujar",
        "kpk, surabaya",
        "budi, ujar",
    })
    void wordsOfDifferentKindsDoNot(String a, String b) {
        assertNotEquals(class256(a), class256(b));
    }

    @ParameterizedTest
    @CsvSource({"Jakarta", "JAKARTA"})
    void lookupIgnoresCase(String word) {
        assertEquals(class256("jakarta"), class256(word));
    }

    @org.junit.jupiter.api.Test
    void unknownWordsHaveNone() {
        assertEquals(0, ExchangeClusters.shipped().classesOf(TokenHash.lower("qqqxyzzyq")));
    }
}
