package dev.intisari.eval.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads IndoSum fold files: paragraphs of tokenised sentences, gold extractive labels, the summary. */
final class IndoSumFolds {
    private IndoSumFolds() {
    }

    /** One IndoSum article: sentences as space-joined tokens, their paragraph numbers and gold labels. */
    record Doc(String id, List<String> sentences, int[] paragraphs, boolean[] labels, String summary) {
        /** The headline words of the id's URL slug ("1494440391-27-miliar-uang-..." gives "27 miliar uang ..."). */
        String title() {
            int dash = id.indexOf('-');
            return dash < 0 ? null : id.substring(dash + 1).replace('-', ' ');
        }
    }

    static List<Doc> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode d = json.readTree(line);
                List<String> sentences = new ArrayList<>();
                List<Integer> paragraphs = new ArrayList<>();
                List<Boolean> labels = new ArrayList<>();
                JsonNode paras = d.get("paragraphs");
                for (int p = 0; p < paras.size(); p++) {
                    for (int s = 0; s < paras.get(p).size(); s++) {
                        sentences.add(join(paras.get(p).get(s)));
                        paragraphs.add(p);
                        labels.add(d.get("gold_labels").get(p).get(s).asBoolean());
                    }
                }
                StringBuilder summary = new StringBuilder();
                for (JsonNode s : d.get("summary")) {
                    summary.append(join(s)).append('\n');
                }
                boolean[] gold = new boolean[labels.size()];
                for (int i = 0; i < gold.length; i++) {
                    gold[i] = labels.get(i);
                }
                docs.add(new Doc(d.get("id").asText(), sentences,
                        paragraphs.stream().mapToInt(Integer::intValue).toArray(), gold, summary.toString()));
            }
        }
        return docs;
    }

    private static String join(JsonNode tokens) {
        StringBuilder out = new StringBuilder();
        for (JsonNode t : tokens) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(t.asText());
        }
        return out.toString();
    }
}
