package dev.intisari.eval.entity;

import dev.intisari.core.entity.TaggedSentence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The train splits of the other cased Indonesian NER corpora, as extra training data for one data set
 * (used for NERGRIT, where it raised the dev score; for NER-UI it lowered it, so NER-UI trains on its own):
 * their person / organisation / place tags renamed to the target set's names, everything else O. Only
 * corpora that share no sentence with the target set (checked on all their splits) are offered: NERGRIT,
 * idner-news-2k, NER-UI and NER-UGM share none with each other; NERP shares sentences with idner-news-2k and
 * NER-UGM (its test split included), so NERP gets none and is never given to the others.
 */
final class OtherCorpora {
    /** Whether the per-data-set taggers get the other corpora ({@code -Dner.otherCorpora=false} to switch off). */
    static final boolean ENABLED = Boolean.parseBoolean(System.getProperty("ner.otherCorpora", "true"));

    private OtherCorpora() {
    }

    /** NERGRIT's tag names: PERSON, PLACE, ORGANISATION. */
    static final Map<String, String> NERGRIT = Map.of("PERSON", "PERSON", "LOCATION", "PLACE", "ORGANIZATION", "ORGANISATION");

    /**
     * The train splits of the cased corpora other than {@code except} ("nergrit", "idner", "nerui",
     * "nerugm"; fold 1 of the indolem sets), tags renamed by {@code names}; empty when switched off.
     */
    static List<TaggedSentence> except(Path data, String except, Map<String, String> names) {
        List<TaggedSentence> out = new ArrayList<>();
        if (!ENABLED) {
            return out;
        }
        Map<String, String> files = Map.of(
                "nergrit", "indonlu-ner/nergrit_ner-grit/train_preprocess.txt",
                "idner", "idner-news-2k/train.txt",
                "nerui", "indolem-ner/nerui/train.01.tsv",
                "nerugm", "indolem-ner/nerugm/train.01.tsv");
        for (String set : new String[] {"nergrit", "idner", "nerui", "nerugm"}) {
            if (!set.equals(except)) {
                out.addAll(ConllCorpus.read(data.resolve(files.get(set)), tag -> rename(ProductTags.map(tag), names)));
            }
        }
        return out;
    }

    private static String rename(String productTag, Map<String, String> names) {
        return productTag.length() > 2 ? productTag.substring(0, 2) + names.get(productTag.substring(2)) : productTag;
    }
}
