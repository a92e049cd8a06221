package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StorySlotsTest {
    @Test
    void ranksByOverlapThenArrivalLikeASortOfAllTouchedStories() {
        Random random = new Random(5);
        StorySlots slots = new StorySlots();
        List<StoryCentroid> live = new ArrayList<>();
        long sequence = 0;
        for (int step = 0; step < 300; step++) {
            // stories come and go, so numbers are given back and given again
            for (int i = 0; i < 20; i++) {
                StoryCentroid s = new StoryCentroid("s" + sequence, sequence++, null);
                slots.assign(s);
                live.add(s);
            }
            for (int i = 0; i < 15 && !live.isEmpty(); i++) {
                slots.release(live.remove(random.nextInt(live.size())));
            }
            slots.startStep();
            double[] overlap = new double[(int) sequence];
            List<StoryCentroid> touched = new ArrayList<>();
            // few distinct weights, so that ties on overlap are common and arrival decides
            for (int term = 0; term < 16; term++) {
                double w = 0.25 * (1 + random.nextInt(3));
                for (StoryCentroid s : live) {
                    if (random.nextInt(4) == 0) {
                        slots.add(s.slot, w);
                        if (overlap[(int) s.sequence] == 0) {
                            touched.add(s);
                        }
                        overlap[(int) s.sequence] += w;
                    }
                }
            }
            touched.sort(Comparator.comparingDouble((StoryCentroid s) -> -overlap[(int) s.sequence])
                    .thenComparingLong(s -> s.sequence));
            int k = 1 + random.nextInt(30);
            StoryCentroid[] expected = touched.subList(0, Math.min(k, touched.size())).toArray(new StoryCentroid[0]);
            assertArrayEquals(expected, slots.mostOverlap(k), "step " + step);
        }
    }

    @Test
    void numbersAreSmallAndReused() {
        StorySlots slots = new StorySlots();
        StoryCentroid a = new StoryCentroid("a", 0, null);
        StoryCentroid b = new StoryCentroid("b", 1, null);
        slots.assign(a);
        slots.assign(b);
        slots.assign(a);
        assertEquals(0, a.slot);
        assertEquals(1, b.slot);
        slots.release(a);
        assertEquals(-1, a.slot);
        StoryCentroid c = new StoryCentroid("c", 2, null);
        slots.assign(c);
        assertEquals(0, c.slot, "a's number, given back");
        slots.startStep();
        assertEquals(0, slots.mostOverlap(5).length, "nothing touched");
        slots.add(c.slot, 0.5);
        slots.add(b.slot, 0.5);
        assertArrayEquals(new StoryCentroid[] {b, c}, slots.mostOverlap(5), "a tie goes to the earlier arrival");
        slots.startStep();
        slots.add(c.slot, 0.1);
        assertArrayEquals(new StoryCentroid[] {c}, slots.mostOverlap(5), "the last step's overlaps are forgotten");
    }
}
