package dev.intisari.core.summary;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordTableTest {
    private static int hash(String word) {
        return WordTable.hash(word.hashCode());
    }

    @Test
    void findsEveryWordAfterGrowingAndMissesOthers() {
        WordTable table = new WordTable(4);
        Map<String, Integer> expected = new HashMap<>();
        String[] stems = {"kenaik", "harga", "beras", "pasar", "induk", "cipinang", "yang", "di"};
        for (int i = 0; i < 3000; i++) {
            String word = stems[i % stems.length] + (i / stems.length == 0 ? "" : "-" + i);
            if (word.length() > 64 || expected.containsKey(word)) {
                continue;
            }
            int value = i % 7 == 0 ? -1 : i;
            table.put(word.toCharArray(), word.length(), hash(word), value);
            expected.put(word, value);
        }
        expected.forEach((word, value) -> {
            char[] buffer = (word + "xyz").toCharArray();
            assertEquals(value, table.get(buffer, word.length(), hash(word)), word);
        });
        for (String absent : new String[] {"naik", "harg", "berasan", "pasar-99999", ""}) {
            assertEquals(WordTable.ABSENT, table.get(absent.toCharArray(), absent.length(), hash(absent)), absent);
        }
    }

    @Test
    void sameHashDifferentWordsStayApart() {
        // "Aa" and "BB" share String.hashCode
        WordTable table = new WordTable(16);
        table.put("Aa".toCharArray(), 2, hash("Aa"), 3);
        assertEquals(WordTable.ABSENT, table.get("BB".toCharArray(), 2, hash("BB")));
        table.put("BB".toCharArray(), 2, hash("BB"), 0);
        assertEquals(3, table.get("Aa".toCharArray(), 2, hash("Aa")));
        assertEquals(0, table.get("BB".toCharArray(), 2, hash("BB")));
    }

    @Test
    void aClearedTableHoldsNothingAndFillsAgain() {
        WordTable table = new WordTable(4);
        for (int i = 0; i < 200; i++) {
            String word = "kata" + i;
            table.put(word.toCharArray(), word.length(), hash(word), i);
        }
        table.clear();
        for (String word : new String[] {"kata0", "kata17", "kata199"}) {
            assertEquals(WordTable.ABSENT, table.get(word.toCharArray(), word.length(), hash(word)), word);
        }
        table.put("banjir".toCharArray(), 6, hash("banjir"), 3);
        assertEquals(3, table.get("banjir".toCharArray(), 6, hash("banjir")));
        assertEquals(WordTable.ABSENT, table.get("kata17".toCharArray(), 6, hash("kata17")));
    }
}
