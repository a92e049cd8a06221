package dev.intisari.core.ingest;

import dev.intisari.model.InputProblem;
import dev.intisari.model.RawArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a line gives: a number or boolean as its text, the last of a repeated field, containers as absent, what
 * follows the object ignored, and a problem for a line that is not one object (a table to keep when the
 * parsing changes).
 */
class JsonLinesParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // line | id, text, title, outlet, published (or the problem)
            "{\"id\":\"detik-7731\",\"title\":\"Harga beras turun\",\"text\":\"Harga beras turun di Bandung.\","
                    + "\"outlet\":\"detikNews\",\"published\":\"2024-02-14T08:30:00+07:00\",\"tags\":[\"ekonomi\"]}"
                    + " | detik-7731;Harga beras turun di Bandung.;Harga beras turun;detikNews;2024-02-14T08:30:00+07:00 |",
            "{\"id\":7731,\"text\":\"Banjir di Semarang.\",\"title\":1.5e3} | 7731;Banjir di Semarang.;1500.0;; |",
            "{\"text\":\"Gempa di Cianjur.\",\"id\":true} | true;Gempa di Cianjur.;;; |",
            "{\"text\":\"Versi lama.\",\"text\":\"Versi baru.\"} | fb;Versi baru.;;; |",
            "{\"text\":\"Rapat DPRD.\",\"title\":[1,2],\"outlet\":{\"nama\":\"Antara\"}} | fb;Rapat DPRD.;;; |",
            "{\"text\":\"Pasar tutup.\",\"title\":null,\"meta\":{\"a\":[{\"b\":null}]}} | fb;Pasar tutup.;;; |",
            "{\"text\":\"Jalan tol dibuka.\"} sisa | fb;Jalan tol dibuka.;;; |",
            "{\"text\":\"Satu.\"} {\"text\":\"Dua.\"} | fb;Satu.;;; |",
            "{\"text\":\"Kurung lebih.\"}} | fb;Kurung lebih.;;; |",
            "{\"text\":\"Tanggal aneh.\",\"published\":\"kemarin\"} | fb;Tanggal aneh.;;;"
                    + "|WARNING \"published\" is not an ISO-8601 date or date-time: 'kemarin'; ignored",
            "[1] | |ERROR expected a JSON object per line",
            "{\"text\":\"Tanpa akhir.\" | |ERROR not valid JSON: Unexpected end-of-input",
            "{\"text\":\"Koma.\",} | |ERROR not valid JSON: Unexpected character ('}' (code 125))",
            "{\"title\":\"Judul saja\"} | |ERROR the article has neither \"text\" nor \"html\"",
    })
    void readsTheFieldsOfOneObject(String line, String expected, String problem) {
        List<InputProblem> problems = new ArrayList<>();
        var parsed = new JsonLinesParser().parse(line, "f.jsonl", 3, "fb", new IngestListener() {
            @Override
            public void article(RawArticle article) {
            }

            @Override
            public void problem(InputProblem p) {
                problems.add(p);
            }
        });
        assertEquals(expected == null ? "" : expected, parsed.map(JsonLinesParserTest::fields).orElse(""));
        if (problem == null) {
            assertEquals(List.of(), problems);
        } else {
            assertEquals(1, problems.size(), problems.toString());
            InputProblem p = problems.get(0);
            String[] parts = problem.split(" ", 2);
            assertEquals(parts[0], p.severity().name());
            assertEquals(true, p.message().startsWith(parts[1]), p.message());
        }
    }

    private static String fields(RawArticle a) {
        return String.join(";", a.id(), a.text(), orEmpty(a.title()), orEmpty(a.outlet()),
                a.published() == null ? "" : a.published().value());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
