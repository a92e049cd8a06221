package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeaviestTest {
    @Test
    void keepsTheHeaviestAndBreaksTiesByKey() {
        String[] keys = {"banjir", "bekasi", "air", "warga", "tanggul", "pompa"};
        double[] weights = {0.9, 0.5, 0.5, 0.1, 0.5, 0.7};
        int kept = Heaviest.select(keys, weights, keys.length, 3);
        assertEquals(3, kept);
        assertEquals(Set.of("banjir", "pompa", "air"), new TreeSet<>(Arrays.asList(keys).subList(0, kept)));
        for (int i = 0; i < kept; i++) {
            assertEquals(keys[i].equals("banjir") ? 0.9 : keys[i].equals("pompa") ? 0.7 : 0.5, weights[i]);
        }
    }

    @Test
    void fewerThanAskedKeepsAll() {
        String[] keys = {"gempa", "cianjur"};
        double[] weights = {0.2, 0.4};
        assertEquals(2, Heaviest.select(keys, weights, 2, 5));
        assertEquals(0, Heaviest.select(new String[0], new double[0], 0, 5));
    }
}
