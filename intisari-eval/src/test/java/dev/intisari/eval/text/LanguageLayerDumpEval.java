package dev.intisari.eval.text;

import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Entity;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guard of speed work on the language layer: the sentences, tokens and entities of every IndoSum dev
 * article (running text) and every Detik article, written to a dump ({@code -Dner.dump=path}, default
 * {@code target/language-layer-dump.txt}) with a CRC of the whole. A change meant to be a pure speed
 * change must leave the dump byte-identical ({@code diff} before and after).
 * Run: {@code mvn -q -Peval -pl intisari-eval -am test -Dtest=LanguageLayerDumpEval}.
 */
class LanguageLayerDumpEval {

    @Test
    void dump() throws IOException {
        List<String[]> articles = new ArrayList<>();
        for (IndoSumText a : IndoSumText.read(SharedData.require("indosum-devfolds"))) {
            articles.add(new String[] {a.id(), a.text()});
        }
        int d = 0;
        for (String body : DetikArticles.bodies(SharedData.require("detik-1000-summarization"))) {
            articles.add(new String[] {"detik-" + d++, body});
        }
        RuleTokenizer tokenizer = new RuleTokenizer();
        RuleSentenceSplitter splitter = new RuleSentenceSplitter();
        PerceptronEntityRecognizer recognizer = new PerceptronEntityRecognizer();
        Path out = Path.of(System.getProperty("ner.dump", "target/language-layer-dump.txt"));
        CRC32 crc = new CRC32();
        long entities = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String[] article : articles) {
                String text = article[1];
                List<Token> tokens = tokenizer.tokenize(text);
                List<Sentence> sentences = splitter.split(text, tokens, List.<Span>of());
                List<Entity> found = recognizer.recognize(new TokenizedText(text, List.of(), sentences, tokens));
                StringBuilder b = new StringBuilder("# ").append(article[0]).append('\n');
                b.append("tokens ").append(tokens.size()).append(' ')
                        .append(Integer.toHexString(tokens.hashCode())).append('\n');
                b.append("sentences");
                sentences.forEach(s -> b.append(' ').append(s.span().start()).append('-').append(s.span().end()));
                b.append('\n');
                for (Entity e : found) {
                    b.append(e.id()).append('\t').append(e.type()).append('\t').append(e.name());
                    e.mentions().forEach(m -> b.append('\t').append(m.start()).append('-').append(m.end()));
                    b.append('\n');
                }
                entities += found.size();
                String s = b.toString();
                crc.update(s.getBytes(StandardCharsets.UTF_8));
                w.write(s);
            }
        }
        System.out.printf(Locale.ROOT, "language layer dump: %d articles, %d entities, crc %08x -> %s%n",
                articles.size(), entities, crc.getValue(), out.toAbsolutePath());
        assertTrue(entities > 0);
    }
}
