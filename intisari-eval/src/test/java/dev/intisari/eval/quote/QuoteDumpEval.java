package dev.intisari.eval.quote;

import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.core.quote.PatternQuoteExtractor;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Entity;
import dev.intisari.model.Quote;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A regression dump, not a score: writes every statement the quote stage finds (all fields) on the IndoSum dev
 * folds (with the recogniser's entities and without), all of detik-1000, the seed fixtures and the demo corpus's
 * text articles, to the file named by {@code -Dquote.dump=FILE}. Two dumps, before and after a change meant to keep
 * the output (a speed-up), must be byte-identical ({@code cmp}). Skipped without the property.
 */
class QuoteDumpEval {
    @Test
    void dumpEveryStatement() throws IOException {
        String target = System.getProperty("quote.dump");
        Assumptions.assumeTrue(target != null && !target.isBlank(), "skipped: pass -Dquote.dump=FILE to write the dump");
        Map<String, String> texts = new TreeMap<>();
        DevTexts.indosum(SharedData.require("indosum-devfolds"), null).forEach((id, t) -> texts.put("indosum:" + id, t));
        DevTexts.detik(SharedData.require("detik-1000-summarization").resolve("data_berita.csv"))
                .forEach((id, t) -> texts.put("detik:" + id, t));
        addFiles(SharedData.shared().resolve("fixtures").resolve("seeds-dev"), "seed:", texts);
        addFiles(Path.of("..", "samples", "text").toAbsolutePath().normalize(), "demo:", texts);
        RuleTokenizer tokenizer = new RuleTokenizer();
        RuleSentenceSplitter splitter = new RuleSentenceSplitter();
        PerceptronEntityRecognizer recognizer = new PerceptronEntityRecognizer();
        PatternQuoteExtractor extractor = new PatternQuoteExtractor();
        long statements = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : texts.entrySet()) {
                String text = e.getValue();
                var tokens = tokenizer.tokenize(text);
                TokenizedText tokenized = new TokenizedText(text, List.of(), splitter.split(text, tokens, List.of()), tokens);
                List<Entity> entities = recognizer.recognize(tokenized);
                boolean indosum = e.getKey().startsWith("indosum:");
                for (int pass = 0; pass < (indosum ? 2 : 1); pass++) {
                    List<Quote> quotes = extractor.extract(e.getKey(), tokenized, pass == 0 ? entities : List.of());
                    for (Quote q : quotes) {
                        out.write(e.getKey() + (pass == 0 ? "" : " (no entities)") + "\t" + q + "\n");
                    }
                    statements += quotes.size();
                }
            }
        }
        System.out.printf("%nQuote dump: %d articles, %d statements written to %s%n", texts.size(), statements, target);
    }

    private static void addFiles(Path dir, String prefix, Map<String, String> texts) throws IOException {
        if (!Files.isDirectory(dir)) {
            System.out.println("absent, not dumped: " + dir);
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.put(prefix + dir.relativize(f), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
    }
}
