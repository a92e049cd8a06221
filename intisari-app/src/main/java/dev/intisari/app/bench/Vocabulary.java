package dev.intisari.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The generator's word lists and templates, read once from {@code vocabulary.txt}. */
final class Vocabulary {
    private final Map<String, List<String>> sections;

    private Vocabulary(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static Vocabulary load() {
        Map<String, List<String>> sections = new HashMap<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(sections);
    }

    List<String> get(String section) {
        List<String> list = sections.get(section);
        if (list == null || list.isEmpty()) {
            throw new IllegalStateException("vocabulary section [" + section + "] is missing");
        }
        return list;
    }
}
