package dev.intisari.core.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameTableTest {
    @Test
    void findsEqualNamesAndGrows() {
        NameTable table = new NameTable(2);
        String[] names = {"div", "p", "article", "entry-content", "share-buttons", "td", "th", "li", "nav", "figure",
                "col-md-8 article__body", "sidebar widget", "", "DIV"};
        for (int i = 0; i < names.length; i++) {
            table.put(names[i], i);
        }
        for (int i = 0; i < names.length; i++) {
            // a copy, not the string put in: found by equals
            assertEquals(i, table.get(new String(names[i]), -1), names[i]);
        }
        assertEquals(-1, table.get("span", -1));
        assertEquals(-7, table.get("Div", -7));
        table.put("div", 42);
        assertEquals(42, table.get("div", -1));
    }
}
