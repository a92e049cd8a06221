package dev.intisari.store;

import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.entity.EntityRecognizer;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ingest links entities as analyze links its input, over everything ingested: a surname alone takes the full
 * name from the same batch, from an earlier run, and after the store is closed and opened again.
 */
class IngestLinkingTest {
    /** Fictional: a second article that names the mayor by surname only. */
    private static final String SURNAME_ONLY = """
            {"id":"tanggul-1","outlet":"Suara Cempaka","title":"Tanggul Sukamaju diperkuat","published":"2026-03-03","text":"Pemerintah Kota Sukamaju mulai memperkuat tanggul di tepi Sungai Cempaka pada Selasa.\\n\\nSantosa meninjau pekerjaan itu bersama petugas dinas pekerjaan umum dan meminta warga tetap waspada."}
            """.strip();

    @TempDir
    Path temp;

    /** Tags "Budi Santosa", else "Santosa", as a person: a recogniser that does not link across articles. */
    private static final class Names implements EntityRecognizer {
        private static final Pattern NAME = Pattern.compile("Budi Santosa|Santosa");

        @Override
        public List<Entity> recognize(TokenizedText text) {
            List<Span> full = new ArrayList<>();
            List<Span> surname = new ArrayList<>();
            Matcher m = NAME.matcher(text.text());
            while (m.find()) {
                (m.group().contains(" ") ? full : surname).add(new Span(m.start(), m.end()));
            }
            List<Entity> out = new ArrayList<>();
            if (!full.isEmpty()) {
                List<Span> all = new ArrayList<>(full);
                all.addAll(surname);
                out.add(new Entity("e1", "Budi Santosa", EntityType.PERSON, all));
            } else if (!surname.isEmpty()) {
                out.add(new Entity("e1", "Santosa", EntityType.PERSON, surname));
            }
            return out;
        }
    }

    @Test
    void aSurnameAloneTakesTheFullNameOfAnotherArticleInTheBatch() throws IOException {
        Path file = FictionalNews.write(temp, "berita.jsonl", FictionalNews.FLOOD_A, SURNAME_ONLY);
        try (Store store = Store.open(temp.resolve("data"))) {
            new Ingest(store, TestPipeline.create(new OnlineStoryClusterer(), new Names()))
                    .run(new FileCorpusReader(), List.of(file.toString()), p -> { }, n -> { });
            EntityView mayor = store.entity("Budi Santosa", 10).orElseThrow();
            assertEquals(2, mayor.articles(), "both articles name the same person");
            assertTrue(store.article("tanggul-1").orElseThrow().contains("\"Budi Santosa\""));
        }
    }

    @Test
    void aSurnameInALaterRunTakesTheFullNameAnEarlierRunStored() throws IOException {
        Path first = FictionalNews.write(temp, "senin.jsonl", FictionalNews.FLOOD_A);
        Path second = FictionalNews.write(temp, "selasa.jsonl", SURNAME_ONLY);
        try (Store store = Store.open(temp.resolve("data"))) {
            new Ingest(store, TestPipeline.create(new OnlineStoryClusterer(), new Names()))
                    .run(new FileCorpusReader(), List.of(first.toString()), p -> { }, n -> { });
        }
        try (Store store = Store.open(temp.resolve("data"))) {
            new Ingest(store, TestPipeline.create(new OnlineStoryClusterer(), new Names()))
                    .run(new FileCorpusReader(), List.of(second.toString()), p -> { }, n -> { });
            assertTrue(store.article("tanggul-1").orElseThrow().contains("\"Budi Santosa\""),
                    "the surname-only article of the second run");
            assertEquals(2, store.entity("Budi Santosa", 10).orElseThrow().articles());
        }
    }

    @Test
    void aStoreWithoutKeptNamesLinksFromWhatItIngestsNext() throws IOException {
        Path second = FictionalNews.write(temp, "selasa.jsonl", SURNAME_ONLY);
        try (Store store = Store.open(temp.resolve("data"))) {
            new Ingest(store, TestPipeline.create(new OnlineStoryClusterer(), new Names()))
                    .run(new FileCorpusReader(), List.of(second.toString()), p -> { }, n -> { });
            assertTrue(store.article("tanggul-1").orElseThrow().contains("\"Santosa\""));
        }
    }
}
