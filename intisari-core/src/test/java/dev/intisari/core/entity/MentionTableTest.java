package dev.intisari.core.entity;

import dev.intisari.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The table's list in text order is kept between changes: it must always equal a fresh reading of the table. */
class MentionTableTest {

    @Test
    void listFollowsEveryAddAndRemoveAndEarlierListsStayAsTheyWere() {
        Random random = new Random(25);
        EntityType[] types = EntityType.values();
        for (int trial = 0; trial < 200; trial++) {
            int size = 1 + random.nextInt(30);
            MentionTable table = new MentionTable(size);
            Mention[] shadow = new Mention[size];
            List<Mention> before = table.list();
            List<Mention> copyBefore = List.copyOf(before);
            for (int step = 0; step < 40; step++) {
                int start = random.nextInt(size);
                int end = start + 1 + random.nextInt(Math.min(4, size - start));
                if (random.nextInt(3) == 0) {
                    Mention present = shadow[start];
                    if (present != null) {
                        table.remove(present);
                        remove(shadow, present);
                    }
                } else {
                    Mention m = new Mention(start, end, types[random.nextInt(types.length)]);
                    table.add(m);
                    for (int k = start; k < end; k++) {
                        if (shadow[k] != null) {
                            remove(shadow, shadow[k]);
                        }
                    }
                    for (int k = start; k < end; k++) {
                        shadow[k] = m;
                    }
                }
                if (random.nextBoolean()) {
                    List<Mention> now = table.list();
                    assertEquals(inOrder(shadow), now, "trial " + trial + ", step " + step);
                    assertEquals(copyBefore, before, "a list handed out earlier changed with the table");
                    before = now;
                    copyBefore = List.copyOf(now);
                }
            }
            assertEquals(inOrder(shadow), table.list());
        }
    }

    @Test
    void theSharedListCannotBeChangedByItsReader() {
        MentionTable table = new MentionTable(5);
        table.add(new Mention(1, 3, EntityType.PERSON));
        List<Mention> list = table.list();
        assertThrows(UnsupportedOperationException.class, () -> list.add(new Mention(4, 5, EntityType.LOCATION)));
        assertEquals(1, table.list().size());
    }

    private static void remove(Mention[] shadow, Mention m) {
        for (int k = 0; k < shadow.length; k++) {
            if (shadow[k] == m) {
                shadow[k] = null;
            }
        }
    }

    private static List<Mention> inOrder(Mention[] shadow) {
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < shadow.length; k++) {
            if (shadow[k] != null && (k == 0 || shadow[k - 1] != shadow[k])) {
                out.add(shadow[k]);
            }
        }
        return out;
    }
}
