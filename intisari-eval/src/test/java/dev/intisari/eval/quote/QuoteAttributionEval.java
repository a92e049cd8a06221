package dev.intisari.eval.quote;

import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.core.quote.PatternQuoteExtractor;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Entity;
import dev.intisari.model.Quote;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speaker attribution on the hand-labelled development set (labels in quote-labels.tsv; article texts read
 * from ../shared). A predicted statement matches a label of the same type when its span covers the label's
 * content prefix (or starts within 60 characters of it). Precision: correct speakers among predicted
 * statements that name a speaker; recall: correct speakers among labels that name one.
 */
class QuoteAttributionEval {
    private static final int SLACK = 60;
    private final boolean verbose = Boolean.getBoolean("quote.verbose");
    /** -Dquote.entities=none runs the stage on its fallback path (no entities), for comparison. */
    private final boolean withEntities = !"none".equals(System.getProperty("quote.entities"));

    /** The development set and every batch labelled blind, in the order they were labelled. */
    private static final String[][] BATCHES = {
        {"quote-labels.tsv", "dev set"},
        {"quote-labels-heldout.tsv", "blind 1"},
        {"quote-labels-blind.tsv", "blind 2"},
        {"quote-labels-blind3.tsv", "blind 3"},
        {"quote-labels-blind4.tsv", "blind 4"},
        {"quote-labels-blind5.tsv", "blind 5"},
        {"quote-labels-blind6.tsv", "blind 6"},
        {"quote-labels-blind7.tsv", "blind 7"},
        {"quote-labels-blind8.tsv", "blind 8"},
        {"quote-labels-blind9.tsv", "blind 9"},
        {"quote-labels-blind10.tsv", "blind 10"},
        {"quote-labels-blind11.tsv", "blind 11"},
        {"quote-labels-blind12.tsv", "blind 12"},
    };

    /**
     * Scores the development set (pinned floors) and every blind batch (printed, not pinned: they are few), then
     * prints all of them in one table so that a change is seen on every batch at once.
     */
    @Test
    void speakerAttributionOnEveryBatch() throws Exception {
        List<String> table = new ArrayList<>();
        Score[] dev = null;
        Score[] all = {new Score("direct"), new Score("reported"), new Score("articles")};
        Score[] blind = {new Score("direct"), new Score("reported"), new Score("articles")};
        for (String[] batch : BATCHES) {
            String resource = "/dev/intisari/eval/quote/" + batch[0];
            if (QuoteAttributionEval.class.getResource(resource) == null) {
                continue;
            }
            Score[] scores = run(resource, batch[1] + " (" + batch[0] + ")");
            if (dev == null) {
                dev = scores;
            }
            table.add(row(batch[1], scores));
            for (int i = 0; i < scores.length; i++) {
                all[i].add(scores[i]);
                if (scores != dev) {
                    blind[i].add(scores[i]);
                }
            }
        }
        table.add(row("blind *", blind));
        table.add(row("all", all));
        System.out.printf(Locale.ROOT, "%nEvery batch (%s path)%n", withEntities ? "entities" : "fallback, no entities");
        System.out.println("batch    arts  lab  D-gold  D-P    D-R     R-gold  R-P    R-R");
        table.forEach(System.out::println);
        System.out.println("(blind *: every blind batch pooled; all: the development set and every blind batch pooled)");
        Score direct = dev[0];
        Score reported = dev[1];
        assertTrue(dev[2].gold >= 40, "at least 40 articles");
        // pinned floors slightly below the measured figures (docs/quotes.md), on the product path (the real
        // entity recogniser), measured 2026-11-23 (session 9): direct P 0.966 R 0.942, reported P 0.979 R 0.958
        assertTrue(direct.precision() >= 0.95, "direct precision");
        assertTrue(direct.recall() >= 0.93, "direct recall");
        assertTrue(reported.precision() >= 0.96, "reported precision");
        assertTrue(reported.recall() >= 0.94, "reported recall");
        // all sets pooled (dev and blind batches 1-12), measured 2026-11-24 (session 16, after the fixes of batch 12):
        // direct P 0.966 R 0.938, reported P 0.920 R 0.865 (first sight of batch 12: reported R 0.854 broke the floor;
        // session 15, batches 1-11: 0.966 / 0.935, 0.915 / 0.861);
        // a change that helps the dev set but costs the blind batches shows here
        if (all[2].gold > dev[2].gold) {
            assertTrue(all[0].precision() >= 0.96, "pooled direct precision");
            assertTrue(all[0].recall() >= 0.93, "pooled direct recall");
            assertTrue(all[1].precision() >= 0.91, "pooled reported precision");
            assertTrue(all[1].recall() >= 0.86, "pooled reported recall");
        }
    }

    private static String row(String name, Score[] scores) {
        return String.format(Locale.ROOT, "%-8s %4d %4d  %5d  %.3f  %.3f   %5d  %.3f  %.3f", name, scores[2].gold,
                scores[0].gold + scores[1].gold, scores[0].gold, scores[0].precision(), scores[0].recall(),
                scores[1].gold, scores[1].precision(), scores[1].recall());
    }

    /** Scores one label file: {direct, reported, articles (in gold)}. */
    private Score[] run(String resource, String title) throws Exception {
        Path indosum = SharedData.require("indosum-devfolds");
        Path detik = SharedData.require("detik-1000-summarization");
        Path seeds = SharedData.shared().resolve("fixtures").resolve("seeds-dev");
        List<QuoteLabel> labels = QuoteLabel.read(resource);
        Map<String, List<QuoteLabel>> byArticle = new LinkedHashMap<>();
        Set<String> wantedIndosum = new HashSet<>();
        for (QuoteLabel l : labels) {
            byArticle.computeIfAbsent(l.source() + ":" + l.article(), k -> new ArrayList<>()).add(l);
            if (l.source().equals("indosum")) {
                wantedIndosum.add(l.article());
            }
        }
        Map<String, String> indosumTexts = DevTexts.indosum(indosum, wantedIndosum);
        Map<String, String> detikTexts = DevTexts.detik(detik.resolve("data_berita.csv"));
        PatternQuoteExtractor extractor = new PatternQuoteExtractor();
        RuleTokenizer tokenizer = new RuleTokenizer();
        RuleSentenceSplitter splitter = new RuleSentenceSplitter();
        PerceptronEntityRecognizer recognizer = new PerceptronEntityRecognizer();
        Score direct = new Score("direct");
        Score reported = new Score("reported");
        int articles = 0;
        for (Map.Entry<String, List<QuoteLabel>> e : byArticle.entrySet()) {
            QuoteLabel first = e.getValue().get(0);
            String text = switch (first.source()) {
                case "indosum" -> indosumTexts.get(first.article());
                case "detik" -> detikTexts.get(first.article());
                case "seed" -> Files.isRegularFile(seeds.resolve(first.article()))
                        ? Files.readString(seeds.resolve(first.article())) : null;
                default -> throw new IllegalStateException("unknown source " + first.source());
            };
            if (text == null) {
                System.out.println("missing article " + e.getKey());
                continue;
            }
            articles++;
            var tokens = tokenizer.tokenize(text);
            TokenizedText tokenized = new TokenizedText(text, List.of(), splitter.split(text, tokens, List.of()), tokens);
            List<Entity> entities = withEntities ? recognizer.recognize(tokenized) : List.of();
            List<Quote> quotes = extractor.extract(first.article(), tokenized, entities);
            score(e.getKey(), text, e.getValue(), quotes, direct, reported);
        }
        System.out.printf(Locale.ROOT, "%n%s: %d articles, %d labels%n", title, articles,
                labels.stream().filter(QuoteLabel::statement).count());
        System.out.println("type      gold  found  matched  spk-pred  spk-ok  spk-P  spk-R   (targets D P>=.95 R>=.90; R P>=.90 R>=.75)");
        direct.print();
        reported.print();
        Score count = new Score("articles");
        count.gold = articles;
        return new Score[] {direct, reported, count};
    }

    private void score(String key, String text, List<QuoteLabel> labels, List<Quote> quotes, Score direct,
                       Score reported) {
        Set<Quote> used = new LinkedHashSet<>();
        Map<String, Integer> lastAt = new HashMap<>();
        for (QuoteLabel l : labels) {
            if (!l.statement()) {
                continue;
            }
            // a prefix labelled again in the same article (a paragraph printed twice) is its next occurrence
            Integer before = lastAt.get(l.prefix());
            int at = locate(text, l.prefix(), before == null ? 0 : before + 1);
            lastAt.put(l.prefix(), at);
            if (at < 0) {
                throw new IllegalStateException("label prefix not found in " + key + ": " + l.prefix());
            }
            Score s = l.direct() ? direct : reported;
            s.gold++;
            if (!l.speakers().isEmpty()) {
                s.goldWithSpeaker++;
            }
            Quote match = null;
            for (Quote q : quotes) {
                if (q.direct() != l.direct() || used.contains(q)) {
                    continue;
                }
                boolean covers = q.span().start() <= at && at < q.span().end();
                boolean near = Math.abs(q.span().start() - at) <= SLACK;
                if (covers || near) {
                    match = q;
                    break;
                }
            }
            if (match == null) {
                if (verbose) {
                    System.out.printf("MISS %s %s [%s] %s%n", key, l.type(), String.join("|", l.speakers()), l.prefix());
                }
                continue;
            }
            used.add(match);
            s.matched++;
            String said = match.speaker();
            if (said != null) {
                boolean ok = l.speakers().stream().anyMatch(g -> same(g, said));
                if (ok) {
                    s.correct++;
                } else if (verbose) {
                    System.out.printf("WRONG %s %s gold=[%s] got=[%s] %s%n", key, l.type(),
                            String.join("|", l.speakers()), match.speaker(), l.prefix());
                }
            } else if (verbose && !l.speakers().isEmpty()) {
                System.out.printf("NULL %s %s gold=[%s] %s%n", key, l.type(), String.join("|", l.speakers()), l.prefix());
            }
        }
        for (Quote q : quotes) {
            Score s = q.direct() ? direct : reported;
            s.found++;
            if (q.speaker() != null) {
                s.predictedWithSpeaker++;
            }
            if (!used.contains(q) && verbose) {
                System.out.printf("EXTRA %s %s [%s] %s%n", key, q.direct() ? "D" : "R", q.speaker(),
                        q.text().substring(0, Math.min(70, q.text().length())));
            }
        }
    }

    /**
     * Where the prefix starts at or after {@code from}, compared with white space removed (tokenised and raw texts
     * space differently).
     */
    static int locate(String text, String prefix, int from) {
        StringBuilder squeezed = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                squeezed.append(text.charAt(i));
                offsets.add(i);
            }
        }
        String p = prefix.replaceAll("[\\s\\u00A0]+", "");
        int skip = 0;
        while (skip < offsets.size() && offsets.get(skip) < from) {
            skip++;
        }
        int at = squeezed.indexOf(p, skip);
        return at < 0 ? -1 : offsets.get(at);
    }

    static boolean same(String gold, String predicted) {
        return normal(gold).equals(normal(predicted));
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ").strip();
    }

    private static final class Score {
        final String name;
        int gold;
        int goldWithSpeaker;
        int found;
        int matched;
        int predictedWithSpeaker;
        int correct;

        Score(String name) {
            this.name = name;
        }

        void add(Score other) {
            gold += other.gold;
            goldWithSpeaker += other.goldWithSpeaker;
            found += other.found;
            matched += other.matched;
            predictedWithSpeaker += other.predictedWithSpeaker;
            correct += other.correct;
        }

        double precision() {
            return predictedWithSpeaker == 0 ? 0 : (double) correct / predictedWithSpeaker;
        }

        double recall() {
            return goldWithSpeaker == 0 ? 0 : (double) correct / goldWithSpeaker;
        }

        void print() {
            System.out.printf(Locale.ROOT, "%-9s %5d  %5d  %7d  %8d  %6d  %.3f  %.3f%n", name, gold, found, matched,
                    predictedWithSpeaker, correct, precision(), recall());
        }
    }
}
