package dev.intisari.core.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static dev.intisari.core.CpuBound.within;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobustnessTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", ".", "(", "( )", "(KPK)", "Presiden", "juru bicara itu",
            "Москва заявила, что переговоры продолжатся.", "北京表示将继续谈判。", "قال المتحدث باسم الكرملين",
            "😀😀 Jakarta 😀", "A (B) C (D)", "\u0000\u0001 Jokowi \uFFFF"})
    void oddInputGivesNoException(String text) {
        assertNotNull(EntityProbe.entities(text));
    }

    @Test
    void aHundredThousandCharacterSentenceIsBoundedInTime() {
        StringBuilder b = new StringBuilder();
        String[] words = {"Presiden", "Joko", "Widodo", "bertemu", "Menteri", "Keuangan", "Sri", "Mulyani", "di",
                "Jakarta", "dan", "Komisi", "Pemberantasan", "Korupsi", "(KPK)", "juru", "bicara", "itu", "Kremlin"};
        for (int i = 0; b.length() < 100_000; i++) {
            b.append(words[i % words.length]).append(' ');
        }
        String text = b.substring(0, 100_000);
        within(Duration.ofSeconds(10), () -> assertTrue(EntityProbe.entities(text).size() > 0));
    }

    @Test
    void aLongRunOfCapitalisedWordsIsBoundedInTime() {
        String text = "Kata ".repeat(20_000) + "(ABC)";
        within(Duration.ofSeconds(10), () -> assertNotNull(EntityProbe.entities(text)));
    }
}
