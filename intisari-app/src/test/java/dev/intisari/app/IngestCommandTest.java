package dev.intisari.app;

import dev.intisari.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestCommandTest {
    @TempDir
    Path temp;

    private String run(int expectedExit, String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, Main.run(args), captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ingestIsIncrementalAndReportsBadLines() throws Exception {
        Path input = temp.resolve("berita.jsonl");
        Files.writeString(input, """
                {"id":"a","outlet":"Kabar Fiksi","published":"2026-04-01","title":"Jembatan baru dibuka","text":"Jembatan baru di Desa Mekarsari dibuka untuk umum pada Rabu.\\n\\nWarga menyambut jembatan itu dengan gembira."}
                {"id":"b","outlet":"Kabar Fiksi","published":"2026-04-02","title":"Pasar murah digelar","text":"Pasar murah digelar di halaman kantor kecamatan pada Kamis.\\n\\nRatusan warga membeli beras dan minyak goreng."}
                """, StandardCharsets.UTF_8);
        Path data = temp.resolve("data");
        String first = run(0, "ingest", input.toString(), "--data", data.toString());
        assertTrue(first.contains("2 added, 0 updated, 0 unchanged"), first);
        String second = run(0, "ingest", input.toString(), "--data", data.toString());
        assertTrue(second.contains("0 added, 0 updated, 2 unchanged"), second);

        Path bad = temp.resolve("rusak.jsonl");
        Files.writeString(bad, "{\"id\":\"c\", \"text\": \n{\"id\":\"d\",\"text\":\"Banjir surut pada Jumat pagi.\"}\n",
                StandardCharsets.UTF_8);
        String third = run(1, "ingest", bad.toString(), "--data", data.toString());
        assertTrue(third.contains("rusak.jsonl:1"), third);
        assertTrue(third.contains("1 added"), third);
        try (Store store = Store.open(data)) {
            assertEquals(3, store.articleCount());
            assertTrue(store.storyCount() >= 1);
        }
    }
}
