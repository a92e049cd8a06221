package dev.intisari.eval.quote;

import dev.intisari.eval.CsvTable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the article texts of the quote development set from ../shared at evaluation time (the project keeps
 * only labels): IndoSum dev folds (tokens detokenised), detik-1000 (CSV) and the seed fixtures.
 */
final class DevTexts {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "%", "]", "'s");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[");

    private DevTexts() {
    }

    /** IndoSum articles by id from every dev fold (paragraphs separated by a blank line). */
    static Map<String, String> indosum(Path folder, Set<String> wanted) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> texts = new LinkedHashMap<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        JsonNode node = json.readTree(line);
                        String id = node.get("id").asText();
                        if (wanted == null || wanted.contains(id)) {
                            texts.putIfAbsent(id, detokenise(node.get("paragraphs")));
                        }
                    }
                }
            }
        }
        return texts;
    }

    static String detokenise(JsonNode paragraphs) {
        StringBuilder out = new StringBuilder();
        for (JsonNode paragraph : paragraphs) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            boolean inQuote = false;
            boolean glue = true;
            for (JsonNode sentence : paragraph) {
                for (JsonNode token : sentence) {
                    String t = token.asText();
                    boolean quote = t.equals("\"");
                    boolean space = !glue && !NO_SPACE_BEFORE.contains(t) && !(quote && inQuote)
                            && !(t.equals("/") || out.length() > 0 && out.charAt(out.length() - 1) == '/');
                    if (space) {
                        out.append(' ');
                    }
                    out.append(t);
                    glue = NO_SPACE_AFTER.contains(t) || quote && !inQuote;
                    if (quote) {
                        inQuote = !inQuote;
                    }
                }
            }
        }
        return out.toString();
    }

    /** detik-1000 articles by their "id" column. */
    static Map<String, String> detik(Path csv) throws IOException {
        List<List<String>> rows = CsvTable.parse(Files.readString(csv, StandardCharsets.UTF_8));
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> header = rows.get(0);
        int id = header.indexOf("id");
        int body = header.indexOf("isi_berita");
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > Math.max(id, body)) {
                texts.put(row.get(id), row.get(body));
            }
        }
        return texts;
    }
    static Set<String> set(String... values) {
        return new HashSet<>(List.of(values));
    }
}
