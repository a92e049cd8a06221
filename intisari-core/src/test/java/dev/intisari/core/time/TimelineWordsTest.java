package dev.intisari.core.time;

import dev.intisari.model.Span;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineWordsTest {
    private static final Set<String> REFERENCE = Set.of("pertama", "tertinggi", "terakhir");

    /** The set of lower-cased letter runs the reading replaced (made up sentences, then random ones). */
    private static boolean bySet(String text, Span span) {
        Set<String> words = new HashSet<>();
        for (String w : text.substring(span.start(), span.end()).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words.stream().anyMatch(REFERENCE::contains);
    }

    @Test
    void anyLowerWordFindsWhatTheWordSetFound() {
        List<String> sentences = List.of(
                "Inflasi bulan lalu tercatat TERTINGGI sejak 2019 menurut data badan statistik.",
                "Kontak pertama kedua menteri sejak Oktober 2022.",
                "Harga beras naik sejak Senin (1/4) karena pasokan berkurang.",
                "Pertamina menaikkan harga sejak Juli; itu kenaikan terakhir-nya.",
                "");
        for (String s : sentences) {
            Span whole = new Span(0, s.length());
            assertEquals(bySet(s, whole), TimelineWords.anyLowerWord(s, whole, REFERENCE), s);
        }
        Random random = new Random(11);
        String[] pieces = {"pertama", "Pertamina", "TERTINGGI", "sejak", " ", "-", "2019", "é", "terakhir", "(", "ı"};
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = b.toString();
            int from = s.isEmpty() ? 0 : random.nextInt(s.length());
            Span span = new Span(from, from + random.nextInt(s.length() - from + 1));
            assertEquals(bySet(s, span), TimelineWords.anyLowerWord(s, span, REFERENCE), s + " " + span);
        }
    }

    @Test
    void hasDigitReadsEveryCharacter() {
        for (String s : Arrays.asList("pekan lalu", "Senin (1/4)", "tanggal \u0661\u0662", "")) {
            assertEquals(s.chars().anyMatch(Character::isDigit), TimelineWords.hasDigit(s), s);
        }
        assertTrue(TimelineWords.hasDigit("2019"));
        assertFalse(TimelineWords.hasDigit("akhir pekan lalu"));
    }
}
