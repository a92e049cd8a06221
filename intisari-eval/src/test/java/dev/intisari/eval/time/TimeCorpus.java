package dev.intisari.eval.time;

import dev.intisari.eval.CsvTable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts behind the date labels, read from ../shared at evaluation time (never copied into the project):
 * detik-1000 ({@code detik:ID}, publication date from column tanggal M/D/YYYY), IndoSum dev fold 1
 * ({@code indosum:ID}, publication date from the Unix timestamp that begins the id, in Jakarta time,
 * paragraphs detokenised by {@link #detokenise}) and the seed fixtures ({@code seed:FILE}).
 */
final class TimeCorpus {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private TimeCorpus() {
    }

    static Map<String, DatedText> detik(Path dir) {
        Map<String, DatedText> out = new LinkedHashMap<>();
        try {
            List<List<String>> rows = CsvTable.parse(Files.readString(dir.resolve("data_berita.csv"), StandardCharsets.UTF_8));
            List<String> head = rows.get(0);
            int id = head.indexOf("id");
            int date = head.indexOf("tanggal");
            int body = head.indexOf("isi_berita");
            for (List<String> r : rows.subList(1, rows.size())) {
                if (r.size() <= Math.max(body, date)) {
                    continue;
                }
                String[] mdy = r.get(date).trim().split("[ /]");
                LocalDate anchor = LocalDate.of(Integer.parseInt(mdy[2]), Integer.parseInt(mdy[0]), Integer.parseInt(mdy[1]));
                String key = "detik:" + r.get(id).trim();
                out.put(key, new DatedText(key, r.get(body), anchor));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Map<String, DatedText> indosum(Path file) {
        Map<String, DatedText> out = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode d = json.readTree(line);
                String id = d.get("id").asText();
                long seconds = Long.parseLong(id.substring(0, id.indexOf('-')));
                LocalDate anchor = Instant.ofEpochSecond(seconds).atZone(JAKARTA).toLocalDate();
                List<String> paragraphs = new ArrayList<>();
                for (JsonNode p : d.get("paragraphs")) {
                    List<String> words = new ArrayList<>();
                    for (JsonNode s : p) {
                        for (JsonNode t : s) {
                            words.add(t.asText());
                        }
                    }
                    paragraphs.add(detokenise(words));
                }
                String key = "indosum:" + id;
                out.put(key, new DatedText(key, String.join("\n\n", paragraphs), anchor));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Map<String, DatedText> seeds(Path dir, Map<String, LocalDate> anchors) {
        Map<String, DatedText> out = new LinkedHashMap<>();
        anchors.forEach((key, anchor) -> {
            Path file = dir.resolve(key.substring("seed:".length()));
            if (Files.isRegularFile(file)) {
                try {
                    out.put(key, new DatedText(key, Files.readString(file, StandardCharsets.UTF_8), anchor));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return out;
    }

    /** Tokens joined by spaces, then no space before closing marks, after "(", or around "/" and "-". */
    static String detokenise(List<String> words) {
        String s = String.join(" ", words);
        s = s.replaceAll(" ([.,;:?!%)])", "$1");
        s = s.replace("( ", "(");
        s = s.replaceAll(" ?/ ?", "/");
        s = s.replace(" - ", "-");
        return s;
    }
}
