package dev.intisari.eval.entity;

import dev.intisari.core.entity.PathPosterior;
import dev.intisari.core.entity.PerceptronTagger;
import dev.intisari.core.entity.TaggedSentence;
import dev.intisari.eval.SharedData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One round of self-training for a per-data-set tagger ({@code -Dner.selfTrain=N}): unlabelled news sentences
 * (IndoSum dev folds, the text the word clusters come from) tagged by two models of the first run (the one
 * chosen on dev and the last epoch's); a sentence both tag alike, with at least one name, becomes a training
 * sentence with those tags. The agreement of two models is the confidence filter a perceptron (no
 * probabilities) can give. A log-loss model gives a better one: the posterior probability of the sentence's best path
 * ({@link PathPosterior}), kept above a threshold. Lowercased when the data set's train split is (NERP).
 */
final class SelfTraining {
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 50;

    private SelfTraining() {
    }

    /** At most {@code max} sentences that {@code a} and {@code b} tag alike with a name, in the text's order. */
    static List<TaggedSentence> pseudo(PerceptronTagger a, PerceptronTagger b, List<TaggedSentence> train, int max) {
        return pseudo(train, max, words -> {
            String[] ta = a.tag(words);
            return java.util.Arrays.equals(ta, b.tag(words)) ? ta : null;
        });
    }

    /**
     * At most {@code max} sentences whose best path under {@code model} has a name and a posterior probability of at
     * least {@code minProbability}, in the text's order.
     */
    static List<TaggedSentence> pseudo(PerceptronTagger model, List<TaggedSentence> train, int max, double minProbability) {
        return pseudo(train, max, words -> {
            PathPosterior.Best best = PathPosterior.of(model, words);
            return best.probability() >= minProbability ? best.tags() : null;
        });
    }

    /** Sentences of 6-50 words the filter tags (null: rejected) with at least one name. */
    private static List<TaggedSentence> pseudo(List<TaggedSentence> train, int max,
                                               java.util.function.Function<List<String>, String[]> filter) {
        boolean lower = lowercased(train);
        List<List<String>> text = NewsText.indosum(SharedData.shared().resolve("data").resolve("indosum-devfolds"));
        List<TaggedSentence> out = new ArrayList<>();
        int tried = 0;
        for (List<String> sentence : text) {
            if (out.size() >= max) {
                break;
            }
            if (sentence.size() < MIN_WORDS || sentence.size() > MAX_WORDS) {
                continue;
            }
            List<String> words = new ArrayList<>(sentence.size());
            for (String w : sentence) {
                words.add(lower ? w.toLowerCase(Locale.ROOT) : w);
            }
            tried++;
            String[] tags = filter.apply(words);
            if (tags == null || java.util.Arrays.stream(tags).allMatch("O"::equals)) {
                continue;
            }
            out.add(new TaggedSentence(words, List.of(tags)));
        }
        System.out.printf(Locale.ROOT, "  self-training: %d sentences kept of %d tagged%n", out.size(), tried);
        return out;
    }

    private static boolean lowercased(List<TaggedSentence> train) {
        for (TaggedSentence s : train) {
            for (String w : s.words()) {
                if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true;
    }
}
