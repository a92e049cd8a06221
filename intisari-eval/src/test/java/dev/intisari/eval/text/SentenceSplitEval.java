package dev.intisari.eval.text;

import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.Token;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sentence boundaries on the IndoSum dev folds (3,463 unique articles, detokenised, see {@link IndoSumText})
 * against the gold sentences. Boundaries inside a paragraph are the hard ones (a paragraph end is always a
 * boundary); both are reported, with the exact-sentence rate and single-thread throughput of tokens + split.
 */
class SentenceSplitEval {
    private final RuleTokenizer tokenizer = new RuleTokenizer();
    private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();

    @Test
    void indoSumBoundaries() throws Exception {
        List<IndoSumText> articles = IndoSumText.read(SharedData.require("indosum-devfolds"));
        int[] inner = new int[3];   // true positives, predicted, gold
        int[] all = new int[3];
        int[] markers = new int[3];  // inside paragraphs, without the gold's bare list-marker sentences ("3.")
        int exact = 0;
        int goldSentences = 0;
        int shown = 0;
        for (IndoSumText a : articles) {
            List<Sentence> predicted = splitter.split(a.text(), tokenizer.tokenize(a.text()), List.of());
            Set<Integer> paragraphEnds = new HashSet<>(a.paragraphEnds());
            Set<Integer> gold = new HashSet<>();
            Set<Span> goldSpans = new HashSet<>(a.sentences());
            a.sentences().forEach(s -> gold.add(s.end()));
            Set<Integer> mine = new HashSet<>();
            predicted.forEach(s -> mine.add(s.span().end()));
            count(gold, mine, paragraphEnds, inner, false);
            Set<Integer> notMarkers = new HashSet<>(paragraphEnds);
            a.sentences().stream().filter(s -> isListMarker(s.of(a.text()))).forEach(s -> notMarkers.add(s.end()));
            count(gold, mine, notMarkers, markers, false);
            count(gold, mine, paragraphEnds, all, true);
            goldSentences += a.sentences().size();
            for (Sentence s : predicted) {
                if (goldSpans.contains(s.span())) {
                    exact++;
                }
            }
            if (shown < Integer.getInteger("intisari.show", 0)) {
                shown += show(a, gold, mine, paragraphEnds);
            }
        }
        double innerF = f1(inner);
        System.out.printf("%nSentence boundaries, IndoSum dev folds (%d articles, %d gold sentences)%n",
                articles.size(), goldSentences);
        System.out.printf("%-32s %9s %9s %9s %8s %8s%n", "boundaries", "precision", "recall", "F1", "gold", "found");
        row("inside paragraphs", inner);
        row("inside, w/o gold \"3.\" sentences", markers);
        row("all (incl. paragraph ends)", all);
        System.out.printf("exact sentences: %.4f of gold%n", exact / (double) goldSentences);
        double rate = throughput(articles);
        assertTrue(innerF >= 0.97, "inner-paragraph boundary F1 fell to " + innerF);
        assertTrue(rate > 0, "no throughput measured");
    }

    /** A gold sentence that is only a list number ("3."): IndoSum's paragraphs lost the line breaks of lists. */
    private static boolean isListMarker(String sentence) {
        return sentence.length() <= 3 && sentence.endsWith(".") && sentence.chars().limit(sentence.length() - 1)
                .allMatch(Character::isDigit) && sentence.length() > 1;
    }

    private static void count(Set<Integer> gold, Set<Integer> mine, Set<Integer> paragraphEnds, int[] c, boolean all) {
        for (int g : gold) {
            if (all || !paragraphEnds.contains(g)) {
                c[2]++;
                if (mine.contains(g)) {
                    c[0]++;
                }
            }
        }
        for (int m : mine) {
            if (all || !paragraphEnds.contains(m)) {
                c[1]++;
            }
        }
    }

    private static int show(IndoSumText a, Set<Integer> gold, Set<Integer> mine, Set<Integer> paragraphEnds) {
        int shown = 0;
        for (int g : gold) {
            if (!mine.contains(g)) {
                System.out.println("MISSED  " + context(a.text(), g));
                shown++;
            }
        }
        for (int m : mine) {
            if (!gold.contains(m) && !paragraphEnds.contains(m)) {
                System.out.println("EXTRA   " + context(a.text(), m));
                shown++;
            }
        }
        return shown;
    }

    private static String context(String text, int at) {
        return (text.substring(Math.max(0, at - 60), at) + " || "
                + text.substring(at, Math.min(text.length(), at + 50))).replace('\n', ' ');
    }

    private static void row(String name, int[] c) {
        double p = c[0] / (double) Math.max(1, c[1]);
        double r = c[0] / (double) Math.max(1, c[2]);
        System.out.printf("%-32s %9.4f %9.4f %9.4f %8d %8d%n", name, p, r, f1(c), c[2], c[1]);
    }

    private static double f1(int[] c) {
        double p = c[0] / (double) Math.max(1, c[1]);
        double r = c[0] / (double) Math.max(1, c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Three warm-up passes, then one pass timed in thread CPU time (the machine is shared): a rough figure. */
    private double throughput(List<IndoSumText> articles) {
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            for (IndoSumText a : articles) {
                sink += splitter.split(a.text(), tokenizer.tokenize(a.text()), List.of()).size();
            }
        }
        long chars = 0;
        long tokens = 0;
        long sentences = 0;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        for (IndoSumText a : articles) {
            List<Token> toks = tokenizer.tokenize(a.text());
            sentences += splitter.split(a.text(), toks, List.of()).size();
            tokens += toks.size();
            chars += a.text().length();
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
        System.out.printf("tokens + sentences, one thread (CPU time): %.0f sentences/s, %.0f tokens/s, %.1f MB/s, %.1f µs/article (%d)%n",
                sentences / seconds, tokens / seconds, chars / seconds / 1e6, seconds * 1e6 / articles.size(), sink);
        return sentences / seconds;
    }
}
