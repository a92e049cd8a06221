package dev.intisari.eval.text;

import dev.intisari.eval.CsvTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bodies ({@code isi_berita}) of detik-1000-summarization/data_berita.csv: 1,000 Detik articles as
 * published, human-written Indonesian. A small reader for its RFC 4180 CSV (quoted fields span lines).
 */
final class DetikArticles {
    private DetikArticles() {
    }

    static List<String> bodies(Path folder) throws IOException {
        List<List<String>> rows = CsvTable.parse(Files.readString(folder.resolve("data_berita.csv"), StandardCharsets.UTF_8));
        int body = rows.get(0).indexOf("isi_berita");
        List<String> bodies = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > body && !row.get(body).isBlank()) {
                bodies.add(row.get(body));
            }
        }
        return bodies;
    }

}
