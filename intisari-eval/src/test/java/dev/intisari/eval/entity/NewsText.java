package dev.intisari.eval.entity;

import dev.intisari.eval.CsvTable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.model.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Unlabelled Indonesian news sentences (IndoSum dev folds, Detik 1000) as word lists, for word clusters. */
final class NewsText {
    private NewsText() {
    }

    static List<List<String>> indosum(Path dir) {
        ObjectMapper json = new ObjectMapper();
        Set<String> seen = new HashSet<>();
        List<List<String>> out = new ArrayList<>();
        for (int fold = 1; fold <= 5; fold++) {
            try (BufferedReader in = Files.newBufferedReader(dir.resolve("dev.0" + fold + ".jsonl"), StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    JsonNode article = json.readTree(line);
                    if (!seen.add(article.get("id").asText())) {
                        continue;
                    }
                    for (JsonNode paragraph : article.get("paragraphs")) {
                        for (JsonNode sentence : paragraph) {
                            List<String> words = new ArrayList<>();
                            sentence.forEach(w -> words.add(w.asText()));
                            out.add(words);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The isi_berita column of the Detik CSV, tokenised; one list per line of text. */
    static List<List<String>> detik(Path csv) {
        List<List<String>> out = new ArrayList<>();
        RuleTokenizer tokenizer = new RuleTokenizer();
        String text;
        try {
            text = Files.readString(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = CsvTable.parse(text);
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).size() > 4) {
                for (String line : rows.get(r).get(4).split("\n")) {
                    List<String> words = new ArrayList<>();
                    for (Token t : tokenizer.tokenize(line)) {
                        words.add(t.text());
                    }
                    if (!words.isEmpty()) {
                        out.add(words);
                    }
                }
            }
        }
        return out;
    }

}
