package dev.intisari.eval.entity;

import dev.intisari.core.entity.PerceptronTagger;
import dev.intisari.core.entity.PerceptronTrainer;
import dev.intisari.core.entity.TaggedSentence;
import dev.intisari.core.entity.TrainerConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The guide tagger of one data set (stacking, {@code TrainerConfig#guide}): a three-type tagger
 * (PERSON / ORGANIZATION / LOCATION, {@link ProductTags}) with the product's features, trained on the
 * train splits of every <em>other</em> data set, so it has seen nothing of the data set it guides (no
 * train, dev or test sentence of it; a sentence that also occurs in the data set's dev or test split is
 * left out as well). For a lowercased data set (NERP) the guide's training text is lowercased too.
 * The per-data-set tagger then reads the guide's tags as features and learns how they map onto its own
 * types and conventions.
 */
final class GuideTraining {
    /** Guide features on ({@code -Dner.guide=true}). */
    static final boolean GUIDE = Boolean.getBoolean("ner.guide");
    static final int BITS = Integer.getInteger("ner.guideBits", 20);
    static final int EPOCHS = Integer.getInteger("ner.guideEpochs", 8);

    private GuideTraining() {
    }

    /** The train splits a guide may use, by data set name. */
    private static Map<String, Path> trainSplits(Path data) {
        Map<String, Path> m = new LinkedHashMap<>();
        m.put("nergrit", data.resolve("indonlu-ner/nergrit_ner-grit/train_preprocess.txt"));
        m.put("nerp", data.resolve("indonlu-ner/nerp_ner-prosa/train_preprocess.txt"));
        m.put("idner", data.resolve("idner-news-2k/train.txt"));
        m.put("nerui", data.resolve("indolem-ner/nerui/train.01.tsv"));
        m.put("nerugm", data.resolve("indolem-ner/nerugm/train.01.tsv"));
        return m;
    }

    /**
     * The guide for data set {@code target} (one of nergrit, nerp, idner, nerui, nerugm), or null when guides
     * are off. {@code avoid}: the data set's dev and test sentences, never trained on.
     */
    static PerceptronTagger forTarget(Path data, String target, List<List<TaggedSentence>> avoid) {
        if (!GUIDE) {
            return null;
        }
        Set<List<String>> held = new HashSet<>();
        boolean lowercase = true;
        for (List<TaggedSentence> split : avoid) {
            for (TaggedSentence s : split) {
                held.add(lower(s.words()));
                for (String w : s.words()) {
                    lowercase &= w.equals(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        List<TaggedSentence> train = new ArrayList<>();
        int dropped = 0;
        for (Map.Entry<String, Path> e : trainSplits(data).entrySet()) {
            if (e.getKey().equals(target)) {
                continue;
            }
            for (TaggedSentence s : ConllCorpus.read(e.getValue(), ProductTags::map)) {
                if (held.contains(lower(s.words()))) {
                    dropped++;
                    continue;
                }
                train.add(lowercase ? new TaggedSentence(lower(s.words()), s.tags()) : s);
            }
        }
        long t0 = System.nanoTime();
        PerceptronTagger guide = new PerceptronTrainer(TrainerConfig.of(BITS, EPOCHS, DatasetTraining.SEED)
                .withNameFolds(DatasetTraining.NAME_FOLDS))
                .train(train);
        System.out.printf(Locale.ROOT, "  guide for %s: %d sentences of the other sets (%d left out as in its dev/test)%s, %.0f s%n",
                target, train.size(), dropped, lowercase ? ", lowercased" : "", (System.nanoTime() - t0) / 1e9);
        return guide;
    }

    private static List<String> lower(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
