package dev.intisari.core.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped vector classes put words of one kind together at 256 classes and tell kinds apart. */
class VectorClassesTest {

    private static int class256(String word) {
        int packed = VectorClasses.shipped().classesOf(TokenHash.lower(word));
        assertTrue(packed != 0, word + " has classes");
        return (packed >>> 10) & 1023;
    }

    @ParameterizedTest
    @CsvSource({
        "jakarta, surabaya",
        "semarang, surabaya",
        "ujar, tutur",
        "kpk, polri",
        "budi, agus",
        "persib, persija",
    })
    void wordsOfOneKindShareAClass(String a, String b) {
        assertEquals(class256(a), class256(b));
    }

    @ParameterizedTest
    @CsvSource({
        "jakarta, ujar",
        "kpk, surabaya",
        "budi, ujar",
        "persib, budi",
        "kemarin, jakarta",
    })
    void wordsOfDifferentKindsDoNot(String a, String b) {
        assertNotEquals(class256(a), class256(b));
    }

    @ParameterizedTest
    @CsvSource({"Jakarta", "JAKARTA"})
    void lookupIgnoresCase(String word) {
        assertEquals(class256("jakarta"), class256(word));
    }

    @Test
    void aWordHasSomeSignsAndNoDimensionIsBothWays() {
        long h = TokenHash.lower("jakarta");
        int up = VectorClasses.shipped().upOf(h);
        int down = VectorClasses.shipped().downOf(h);
        assertTrue(Integer.bitCount(up | down) > 4);
        assertEquals(0, up & down);
    }

    @Test
    void unknownWordsHaveNone() {
        long h = TokenHash.lower("qqqxyzzyq");
        assertEquals(0, VectorClasses.shipped().classesOf(h));
        assertEquals(0, VectorClasses.shipped().upOf(h) | VectorClasses.shipped().downOf(h));
    }
}
