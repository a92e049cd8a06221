package dev.intisari.core.time;

import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.DateMention;
import dev.intisari.model.Published;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimelineVocabularyTest {
    private static final CharArraySet STOPWORDS = IndonesianAnalyzer.getDefaultStopSet();
    private final RuleDateTagger tagger = new RuleDateTagger();

    /** The reading the ids replace: each content word as a lower-cased string in a set. */
    private static Set<String> wordSet(Article a, Span part) {
        Set<String> words = new HashSet<>();
        String text = a.text();
        int i = part.start();
        while (i < part.end()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < part.end() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            boolean inDate = false;
            for (DateMention d : a.dates()) {
                inDate |= d.span().start() <= s && s < d.span().end();
            }
            String w = text.substring(s, i).toLowerCase(Locale.ROOT);
            if (i - s >= 3 && !inDate && !STOPWORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    private static double overlap(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        return small.stream().filter(large::contains).count() / (double) small.size();
    }

    private Article article(String text) {
        LocalDate anchor = LocalDate.parse("2024-06-12");
        return new Article("a", "a", "outlet", null, null, Published.of(anchor, "jsonl"), "id", List.of(), text,
                List.of(), List.of(), Credits.NONE, List.of(), List.of(), List.of(new Sentence(0, new Span(0, text.length()))),
                List.of(), List.of(), tagger.tag(text, anchor), List.of());
    }

    @Test
    void idsCountAndShareAsTheWordSetsDo() {
        List<String> texts = new ArrayList<>(List.of(
                "Banjir melanda Kecamatan Sukamaju pada Senin (10/6/2024) dan warga mengungsi ke balai desa.",
                "Warga Sukamaju mengungsi ke balai desa sejak Senin, 10 Juni 2024, karena banjir.",
                "PEMERINTAH KOTA menetapkan status darurat yang berlaku hingga 30 Juni 2024.",
                "Ía berkata: Überweisung İstanbul ÉCOLE école dan itu, yang, dari, untuk.",
                "Rapat digelar Selasa lalu; Pemerintah Kota dan DPRD sepakat menunda pembahasan anggaran."));
        Random random = new Random(11);
        String[] pieces = {"banjir", "Banjir", "BANJIR", "warga", "yang", "dan", "itu", "Juni", "2024", "Senin",
                "école", "İzmir", "ab", "abc", "ABC", " ", " ", ", ", "(10/6)", "-", "pada 12 Juni 2024", "kemarin"};
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 5 + random.nextInt(20); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            texts.add(b.toString());
        }
        TimelineVocabulary vocabulary = new TimelineVocabulary();
        List<int[]> ids = new ArrayList<>();
        List<Set<String>> sets = new ArrayList<>();
        for (String t : texts) {
            Article a = article(t);
            Span part = new Span(0, t.length());
            int[] read = vocabulary.contentWords(a, part);
            Set<String> expected = wordSet(a, part);
            assertEquals(expected.size(), read.length, t);
            for (int k = 1; k < read.length; k++) {
                assertEquals(true, read[k - 1] < read[k], "ascending and distinct: " + t);
            }
            ids.add(read);
            sets.add(expected);
        }
        for (int x = 0; x < texts.size(); x++) {
            for (int y = x; y < Math.min(texts.size(), x + 40); y++) {
                assertEquals(overlap(sets.get(x), sets.get(y)), TimelineVocabulary.overlap(ids.get(x), ids.get(y)), 0.0,
                        texts.get(x) + " / " + texts.get(y));
            }
        }
    }
}
