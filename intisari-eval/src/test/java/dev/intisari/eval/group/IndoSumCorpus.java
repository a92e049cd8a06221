package dev.intisari.eval.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.core.entity.VariantEntityLinker;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;
import dev.intisari.model.Credits;
import dev.intisari.model.Published;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The IndoSum dev folds as {@link Article}s for the grouping stages: body from the tokenised paragraphs, the
 * headline from the id's slug (IndoSum has no title field; its ids are "timestamp-headline-slug"), the
 * publication time from the id's Unix timestamp, the outlet from {@code source}. Every record of every fold
 * is returned, so an article that occurs in several folds comes back several times (with a fold suffix on
 * all but its first id).
 */
final class IndoSumCorpus {
    private IndoSumCorpus() {
    }

    static List<Article> read(Path dir) {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("dev\\.0\\d\\.jsonl")).sorted()
                    .toList()) {
                String fold = file.getFileName().toString().substring(4, 6);
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    JsonNode node = json.readTree(line);
                    String id = node.get("id").asText();
                    String unique = seen.add(id) ? id : id + "#fold" + fold;
                    out.add(article(unique, id, node));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The same articles with the product's entities, quotes and dates: tokens, sentences, the perceptron
     * recogniser, the pattern quote extractor and the rule date tagger per article, then the variant linker over
     * the corpus, as {@code Pipeline.analyze} and {@code link} do.
     */
    static List<Article> withEntities(List<Article> articles) {
        RuleTokenizer tokenizer = new RuleTokenizer();
        RuleSentenceSplitter splitter = new RuleSentenceSplitter();
        PerceptronEntityRecognizer recognizer = new PerceptronEntityRecognizer();
        dev.intisari.core.quote.PatternQuoteExtractor quotes = new dev.intisari.core.quote.PatternQuoteExtractor();
        dev.intisari.core.time.RuleDateTagger dates = new dev.intisari.core.time.RuleDateTagger();
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            List<Token> tokens = tokenizer.tokenize(a.text());
            TokenizedText text = new TokenizedText(a.text(), a.headings(),
                    splitter.split(a.text(), tokens, a.headings()), tokens);
            List<Entity> found = recognizer.recognize(text);
            out.add(new Article(a.id(), a.source(), a.outlet(), a.url(), a.title(), a.published(), a.language(),
                    a.flags(), a.text(), a.headings(), a.removed(), a.credits(), a.wire(), a.related(),
                    text.sentences(), found, quotes.extract(a.id(), text, found, "id"),
                    dates.tag(a.text(), a.published() == null ? null : a.published().date()), a.keyPoints()));
        }
        return new VariantEntityLinker().link(out);
    }

    private static Article article(String id, String original, JsonNode node) {
        StringBuilder text = new StringBuilder();
        for (JsonNode paragraph : node.get("paragraphs")) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            for (JsonNode sentence : paragraph) {
                for (JsonNode token : sentence) {
                    text.append(token.asText()).append(' ');
                }
            }
        }
        int dash = original.indexOf('-');
        long seconds = Long.parseLong(original.substring(0, dash));
        String title = original.substring(dash + 1).replace('-', ' ');
        Published published = Published.of(Instant.ofEpochSecond(seconds).atZone(Published.JAKARTA)
                .toOffsetDateTime(), "jsonl");
        return new Article(id, id, node.get("source").asText(), node.path("source_url").asText(null), title,
                published, "id", List.of(), text.toString().strip(), List.of(), List.of(),
                new Credits(List.of(), List.of(), List.of()), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }
}
