package dev.intisari.eval.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand labels of {@code dates.tsv}: which documents are fully annotated (with the anchor of those whose
 * publication date the data does not give) and, per document, each date expression as its text, the index of
 * that text's occurrence in the document, and its gold value ({@code null}: a date without a value;
 * {@code -}: a labelled negative, text that must not be tagged).
 */
final class DateLabels {
    record Label(String doc, int occurrence, String text, String value) {
        boolean negative() {
            return "-".equals(value);
        }
    }

    final Map<String, LocalDate> docs = new LinkedHashMap<>();
    final List<Label> labels = new ArrayList<>();

    static DateLabels load(String resource) {
        DateLabels out = new DateLabels();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DateLabels.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("doc")) {
                    out.docs.put(f[1], f.length > 2 ? LocalDate.parse(f[2]) : null);
                } else {
                    out.labels.add(new Label(f[0], Integer.parseInt(f[1]), f[2], f[3].equals("null") ? null : f[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
