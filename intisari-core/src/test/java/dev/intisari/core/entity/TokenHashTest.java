package dev.intisari.core.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenHashTest {

    @Test
    void asciiFastPathLowercasesEveryCharLikeTheJdk() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.toLowerCase(c), TokenHash.toLower(c), () -> "char " + (int) c);
        }
    }

    @Test
    void lowerHashIgnoresCaseOfIndonesianAndForeignNames() {
        String[][] pairs = {{"Jakarta", "jakarta"}, {"KPK", "kpk"}, {"Zelenskyy", "ZELENSKYY"}, {"Émile", "émile"},
            {"Пєсков", "пєсков"}};
        for (String[] p : pairs) {
            assertEquals(TokenHash.lower(p[1]), TokenHash.lower(p[0]), p[0]);
        }
    }
}
