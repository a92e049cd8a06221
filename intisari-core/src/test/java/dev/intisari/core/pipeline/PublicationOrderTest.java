package dev.intisari.core.pipeline;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The order from numbers is the order of the times themselves: instant, then local time, undated last, then id. */
class PublicationOrderTest {
    @Test
    void ordersAsTheTimesDo() {
        String[][] table = {
                // id, published (null: undated)
                {"b", "2024-03-01T10:00+07:00"},
                {"a", "2024-03-01T03:00Z"},          // the same instant as b, a smaller offset: first
                {"c", "2024-03-01T10:00:00.5+07:00"}, // half a second later
                {"z", null},
                {"y", null},
                {"d", "2024-03-01T10:00+07:00"},     // b's time and offset: after b by id
                {"e", "1969-12-31T23:59:59.999999999Z"},
                {"f", "2024-03-01T12:00+09:00"},     // b's instant again, a larger offset: last of the three
        };
        List<String> ids = new ArrayList<>();
        List<OffsetDateTime> times = new ArrayList<>();
        PublicationOrder order = new PublicationOrder();
        for (String[] row : table) {
            ids.add(row[0]);
            OffsetDateTime t = row[1] == null ? null : OffsetDateTime.parse(row[1]);
            times.add(t);
            order.add(t);
        }
        // e, a, b, d, f, c, y, z
        assertArrayEquals(new int[]{6, 1, 0, 5, 7, 2, 4, 3}, order.order(ids));
        assertArrayEquals(byTimes(times, ids), order.order(ids));
    }

    @Test
    void manyTimesPastTheFirstCapacity() {
        Random random = new Random(7);
        List<String> ids = new ArrayList<>();
        List<OffsetDateTime> times = new ArrayList<>();
        PublicationOrder order = new PublicationOrder();
        for (int i = 0; i < 5_000; i++) {
            ids.add("id-" + random.nextInt(3_000));
            OffsetDateTime t = random.nextInt(20) == 0 ? null
                    : OffsetDateTime.parse("2024-03-01T10:00Z").plusSeconds(random.nextInt(500))
                    .withNano(random.nextInt(3) * 1_000)
                    .withOffsetSameInstant(java.time.ZoneOffset.ofHours(random.nextInt(5) - 2));
            times.add(t);
            order.add(t);
        }
        assertArrayEquals(byTimes(times, ids), order.order(ids));
    }

    @Test
    void needsAnIdPerArticle() {
        PublicationOrder order = new PublicationOrder();
        order.add(null);
        assertThrows(IllegalArgumentException.class, () -> order.order(List.of()));
    }

    /** The order the run used before: the times' natural order, nulls last, then ids. */
    private static int[] byTimes(List<OffsetDateTime> times, List<String> ids) {
        return IntStream.range(0, times.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> times.get(i), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ids::get))
                .mapToInt(Integer::intValue).toArray();
    }
}
