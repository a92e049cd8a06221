package dev.intisari.eval.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * IndoSum articles rebuilt as running text: the gold tokens are detokenised (no space before closing
 * punctuation, after opening brackets, around "/"; straight quotes alternate open and close within a paragraph;
 * white-space tokens, line breaks the gold sentences ignore, are dropped),
 * paragraphs are separated by a blank line, and every gold sentence keeps its span. Each id is read once.
 */
record IndoSumText(String id, String text, List<Span> sentences, List<Integer> paragraphEnds) {

    static List<IndoSumText> read(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        Set<String> seen = new HashSet<>();
        List<IndoSumText> articles = new ArrayList<>();
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    JsonNode node = json.readTree(line);
                    if (seen.add(node.get("id").asText())) {
                        articles.add(rebuild(node.get("id").asText(), node.get("paragraphs")));
                    }
                }
            }
        }
        return articles;
    }

    private static IndoSumText rebuild(String id, JsonNode paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Span> sentences = new ArrayList<>();
        List<Integer> paragraphEnds = new ArrayList<>();
        for (JsonNode paragraph : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            boolean quoteOpen = false;
            boolean glue = true;
            for (JsonNode sentence : paragraph) {
                int start = -1;
                for (JsonNode t : sentence) {
                    String token = t.asText().replace('_', ' ').strip();
                    if (token.isEmpty()) {
                        continue; // white-space tokens (line breaks inside a gold paragraph) are dropped
                    }
                    boolean closing = isClosing(token) || (token.equals("\"") && quoteOpen);
                    if (!glue && !closing && !token.equals("/")) {
                        text.append(' ');
                    }
                    if (start < 0) {
                        start = text.length();
                    }
                    text.append(token);
                    boolean opening = isOpening(token) || (token.equals("\"") && !quoteOpen);
                    if (token.equals("\"")) {
                        quoteOpen = !quoteOpen;
                    }
                    glue = opening || token.equals("/");
                }
                if (start >= 0) {
                    sentences.add(new Span(start, text.length()));
                }
            }
            paragraphEnds.add(text.length());
        }
        return new IndoSumText(id, text.toString(), sentences, paragraphEnds);
    }

    private static boolean isClosing(String token) {
        return switch (token) {
            case ",", ".", "!", "?", ";", ":", ")", "]", "}", "%", "\u201D", "\u2019", "...", "'s" -> true;
            default -> false;
        };
    }

    private static boolean isOpening(String token) {
        return switch (token) {
            case "(", "[", "{", "\u201C", "\u2018" -> true;
            default -> false;
        };
    }
}
