package dev.intisari.eval.entity;

import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.core.entity.PerceptronTagger;
import dev.intisari.core.entity.TaggedSentence;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Entity;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped product model (three types, trained on all train splits) on every test split mapped to
 * PERSON / ORGANIZATION / LOCATION, seqeval micro F1: the tagger alone, and the whole recogniser (tagger +
 * title, acronym and gazetteer rules), whose entity mentions are turned back into BIO tags over the same
 * tokens. Run: {@code mvn -q -Peval -pl intisari-eval -am test -Dtest=ProductEntityEval}.
 */
class ProductEntityEval {

    @Test
    void productModelOnTestSplits() throws IOException {
        Path data = SharedData.require("indonlu-ner").getParent();
        PerceptronTagger tagger;
        try (InputStream in = PerceptronEntityRecognizer.class.getResourceAsStream("ner-model.bin.gz")) {
            tagger = PerceptronTagger.read(in);
        }
        PerceptronEntityRecognizer recognizer = new PerceptronEntityRecognizer();
        String[][] splits = {
            {"NERGRIT test", "indonlu-ner/nergrit_ner-grit/test_preprocess.txt"},
            {"NERP test (lowercased text)", "indonlu-ner/nerp_ner-prosa/test_preprocess.txt"},
            {"idner-news-2k test", "idner-news-2k/test.txt"},
            {"NER-UI test fold 1", "indolem-ner/nerui/test.01.tsv"},
            {"NER-UGM test fold 1", "indolem-ner/nerugm/test.01.tsv"},
        };
        System.out.println("product model, 3 types, seqeval micro F1 | tagger | tagger + rules");
        double cased = 0;
        for (String[] split : splits) {
            List<TaggedSentence> test = ConllCorpus.read(data.resolve(split[1]), ProductTags::map);
            ChunkScore alone = DatasetTraining.score(tagger, test);
            ChunkScore whole = new ChunkScore();
            int shown = 0;
            for (TaggedSentence s : test) {
                String[] predicted = tags(recognizer, s.words());
                whole.add(s.tags(), predicted);
                if (shown < Integer.getInteger("ner.showDiff", 0) && !List.of(predicted).equals(List.of(tagger.tag(s.words())))) {
                    shown++;
                    StringBuilder b = new StringBuilder();
                    String[] alone0 = tagger.tag(s.words());
                    for (int i = 0; i < predicted.length; i++) {
                        b.append(s.words().get(i));
                        if (!predicted[i].equals("O") || !alone0[i].equals("O") || !s.tags().get(i).equals("O")) {
                            b.append('[').append(s.tags().get(i)).append('/').append(alone0[i]).append('/').append(predicted[i]).append(']');
                        }
                        b.append(' ');
                    }
                    System.out.println("  gold/tagger/rules: " + b);
                }
            }
            System.out.printf(Locale.ROOT, "%-28s | %.2f | %.2f%n", split[0], alone.microF1(), whole.microF1());
            if (split[0].startsWith("idner")) {
                cased = whole.microF1();
            }
        }
        assertTrue(cased >= Double.parseDouble(System.getProperty("ner.floor.product", "88")));
    }

    /** The recogniser's mentions over the words (joined by spaces) as BIO tags. */
    static String[] tags(PerceptronEntityRecognizer recognizer, List<String> words) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String w : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(new Span(text.length(), text.length() + w.length()), w));
            text.append(w);
        }
        String[] tags = new String[words.size()];
        Arrays.fill(tags, "O");
        TokenizedText t = new TokenizedText(text.toString(), List.of(),
                List.of(new Sentence(0, new Span(0, text.length()))), tokens);
        for (Entity e : recognizer.recognize(t)) {
            for (Span m : e.mentions()) {
                boolean first = true;
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).start() >= m.start() && tokens.get(i).end() <= m.end()) {
                        tags[i] = (first ? "B-" : "I-") + e.type().name();
                        first = false;
                    }
                }
            }
        }
        return tags;
    }
}
