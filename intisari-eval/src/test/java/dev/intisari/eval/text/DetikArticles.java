package dev.intisari.eval.text;

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
        List<List<String>> rows = parse(Files.readString(folder.resolve("data_berita.csv"), StandardCharsets.UTF_8));
        int body = rows.get(0).indexOf("isi_berita");
        List<String> bodies = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > body && !row.get(body).isBlank()) {
                bodies.add(row.get(body));
            }
        }
        return bodies;
    }

    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
