package dev.intisari.core.report;

import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.model.Article;
import dev.intisari.model.Grouping;
import dev.intisari.model.RawArticle;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextReportWriterTest {
    /** A made-up article, written for this test. */
    private static final String TEXT = """
            Banjir Rendam Desa Sukamaju

            Banjir setinggi satu meter merendam ratusan rumah di Desa Sukamaju pada Senin pagi.

            "Air naik sangat cepat setelah hujan deras semalaman," kata Kepala Desa Sukamaju Budi Santoso.
            """;

    @Test
    void countsTakeTheNounInTheRightNumber() {
        Pipeline pipeline = Pipeline.standard();
        List<Article> linked = pipeline.link(List.of(pipeline.analyze(
                new RawArticle("a1", "a1.txt", null, "Warta Contoh", null, null, null, TEXT, null))));
        Grouping grouping = pipeline.group(linked);
        StringWriter text = new StringWriter();
        TextReportWriter report = new TextReportWriter(new PrintWriter(text));
        linked.forEach(report::article);
        report.grouping(grouping);
        report.close();
        String first = text.toString().lines().findFirst().orElseThrow();
        assertEquals("Intisari: 1 article, 1 story, 0 duplicate groups, 0 storylines", first);
        assertTrue(text.toString().contains(", 1 article, "), text.toString());
    }

    @Test
    void countedUsesThePluralForEveryCountButOne() {
        assertEquals("0 stories", TextReportWriter.counted(0, "story", "stories"));
        assertEquals("1 story", TextReportWriter.counted(1, "story", "stories"));
        assertEquals("12 stories", TextReportWriter.counted(12, "story", "stories"));
    }
}
