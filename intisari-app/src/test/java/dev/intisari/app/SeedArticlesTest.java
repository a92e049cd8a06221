package dev.intisari.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CLI on the two real seed articles in ../shared/fixtures/seeds-dev (skipped when absent): the output
 * follows the schema and the contract, and carries facts a reader can check in the articles.
 */
class SeedArticlesTest {
    private static JsonNode antara;
    private static JsonNode genpi;

    @BeforeAll
    static void analyse(@TempDir Path dir) throws IOException {
        Path seeds = OutputContract.shared().resolve("fixtures/seeds-dev");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "skipped: " + seeds + " is absent (it lives in ../shared)");
        Path out = dir.resolve("seeds.json");
        assertEquals(0, Main.run("analyze", seeds.toString(), "--out", out.toString()));
        JsonNode doc = OutputContract.JSON.readTree(out.toFile());
        OutputContract.assertValid(doc);
        for (JsonNode a : doc.get("articles")) {
            if (a.get("id").asText().startsWith("antara")) {
                antara = a;
            } else if (a.get("id").asText().startsWith("genpi")) {
                genpi = a;
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<String> removedKinds(JsonNode article) {
        List<String> out = new ArrayList<>();
        article.get("removed").forEach(r -> out.add(r.get("kind").asText()));
        return out;
    }

    private static JsonNode quoteStarting(JsonNode article, String prefix) {
        for (JsonNode q : article.get("quotes")) {
            if (q.get("text").asText().startsWith(prefix)) {
                return q;
            }
        }
        throw new AssertionError("no quote starting with '" + prefix + "' in " + article.get("quotes"));
    }

    private static JsonNode entity(JsonNode article, String name) {
        for (JsonNode e : article.get("entities")) {
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no entity '" + name + "'");
    }

    private static String date(JsonNode article, String text) {
        for (JsonNode d : article.get("dates")) {
            if (d.get("text").asText().equals(text)) {
                return d.get("value").asText(null);
            }
        }
        throw new AssertionError("no date '" + text + "' in " + article.get("dates"));
    }

    @Test
    void antaraWireCopy() {
        assertEquals("ANTARA", antara.get("outlet").asText(), "the agency of the dateline is the outlet");
        assertEquals(List.of("Sputnik", "OANA"), strings(antara.get("wire")));
        assertEquals(List.of("Primayanti"), strings(antara.get("credits").get("translator")));
        assertEquals(List.of("M Razi Rahman"), strings(antara.get("credits").get("editor")));
        assertEquals(4, antara.get("related").size());
        assertTrue(removedKinds(antara).containsAll(List.of("dateline", "related", "credit", "copyright",
                "source-link")), removedKinds(antara).toString());
        String text = antara.get("text").asText();
        assertTrue(text.startsWith("Rusia menegaskan"), "the dateline is cut from the first paragraph");
        assertTrue(!text.contains("Baca juga") && !text.contains("Copyright"), text);

        JsonNode peskov = entity(antara, "Dmitry Peskov");
        assertEquals("PERSON", peskov.get("type").asText());
        assertTrue(peskov.get("mentions").size() >= 3, "short forms 'Peskov' are mentions of the full name");

        JsonNode no = quoteStarting(antara, "Tidak, kami tidak bisa");
        assertTrue(no.get("direct").asBoolean());
        assertEquals("Dmitry Peskov", no.get("speaker").asText());
        assertEquals("ujar", no.get("cue").asText());
        assertEquals("ABC News", no.get("addressee").asText());
        assertEquals("Sergey Lavrov", quoteStarting(antara, "tidak akan menerimanya").get("speaker").asText(),
                "'Moskow, kata Lavrov, tidak akan ...' is Lavrov's (the text is the longer part, docs/quotes.md)");
    }

    @Test
    void genpiTranslatedReport() {
        assertEquals("Menteri Pertahanan Rusia Memperingatkan Prancis untuk Tidak Kirim Pasukan ke Ukraina",
                genpi.get("title").asText());
        assertEquals("2024-04-07T18:30:00+07:00", genpi.get("published").asText());
        assertEquals("text", genpi.get("published_from").asText());
        assertEquals("GenPI.co", genpi.get("outlet").asText());
        assertEquals(List.of("AP"), strings(genpi.get("wire")), "'Dilansir AP News' names a wire source");
        assertEquals(List.of("Irwina Istiqomah"), strings(genpi.get("credits").get("editor")));
        assertEquals(3, genpi.get("related").size());
        assertTrue(removedKinds(genpi).containsAll(List.of("date", "dateline", "related", "promo", "credit",
                "section", "copyright")), removedKinds(genpi).toString());

        assertEquals("2022-10", date(genpi, "Oktober 2022"));
        assertEquals("2022-03", date(genpi, "Maret 2022"));
        assertEquals("2024-04-03", date(genpi, "Rabu"), "a bare weekday is the most recent one before publication");
        assertEquals("2024-02", date(genpi, "bulan Februari"));

        assertEquals("PERSON", entity(genpi, "Emmanuel Macron").get("type").asText());
        boolean shoigu = false;
        for (JsonNode q : genpi.get("quotes")) {
            shoigu |= q.get("speaker").asText("").endsWith("Shoigu");
        }
        assertTrue(shoigu, "Shoigu's statements are attributed to him");
    }
}
