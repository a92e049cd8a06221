package dev.intisari.core.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeyIndexTest {
    private static int find(KeyIndex index, String word) {
        // the word sits at the start of a longer buffer, as a scanner's buffer holds it
        char[] buffer = (word + "-sisa").toCharArray();
        return index.find(buffer, word.length(), word.hashCode());
    }

    @Test
    void findsEveryKeyAndNoOtherWord() {
        String[] keys = {"yang", "dan", "dengan", "kerana", "bahawa", "polis", "karena", "bahwa", "polisi", "Aa", "BB"};
        KeyIndex index = new KeyIndex(keys);
        for (int k = 0; k < keys.length; k++) {
            assertEquals(k, find(index, keys[k]), keys[k]);
            assertEquals(keys[k], index.key(k));
        }
        // "Ab" and "BC" share no key; "Aa" and "BB" share a hash but are told apart
        for (String absent : new String[] {"ya", "yangg", "polisi-polisi", "Ab", "BC", "kerena", "d"}) {
            assertEquals(-1, find(index, absent), absent);
        }
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertEquals(-1, find(new KeyIndex(new String[0]), "yang"));
    }
}
