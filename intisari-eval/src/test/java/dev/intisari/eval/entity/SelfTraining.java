package dev.intisari.eval.entity;

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
 * probabilities) can give. Lowercased when the data set's train split is (NERP).
 */
final class SelfTraining {
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 50;

    private SelfTraining() {
    }

    /** At most {@code max} tagged sentences, in the text's order. */
    static List<TaggedSentence> pseudo(PerceptronTagger a, PerceptronTagger b, List<TaggedSentence> train, int max) {
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
            String[] ta = a.tag(words);
            if (!java.util.Arrays.equals(ta, b.tag(words)) || java.util.Arrays.stream(ta).allMatch("O"::equals)) {
                continue;
            }
            out.add(new TaggedSentence(words, List.of(ta)));
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
