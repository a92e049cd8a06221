package dev.intisari.eval.entity;

import dev.intisari.core.entity.PerceptronTagger;
import dev.intisari.core.entity.PerceptronTrainer;
import dev.intisari.core.entity.TaggedSentence;
import dev.intisari.core.entity.TrainerConfig;
import dev.intisari.eval.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rebuilds the shipped resources of the entity recogniser, deterministically:
 * {@code -Dtest=NerTrainEval#clusters} writes clusters.tsv.gz (word clusters from IndoSum + Detik +
 * the IndoNLU / idner train splits), then {@code -Dtest=NerTrainEval#productModel} trains the product
 * model (three types, all train splits) and writes ner-model.bin.gz with trained-names.tsv.gz (the
 * names of the train splits, used as gazetteer features). Run them in that order, as two
 * Maven invocations, so the second sees the new clusters on the class path.
 */
class NerTrainEval {
    static final Path RESOURCES = Path.of("../intisari-core/src/main/resources/dev/intisari/core/entity");
    static final int PRODUCT_BITS = Integer.getInteger("ner.productBits", 18);
    static final int PRODUCT_EPOCHS = Integer.getInteger("ner.productEpochs", 10);
    /**
     * The dense vectors' classes as one-word features of the product model ({@code TrainerConfig#VECTOR_WORDS});
     * {@code -Dner.productVectors=false} gives the model of sessions before 23.
     */
    static final boolean PRODUCT_VECTORS = Boolean.parseBoolean(System.getProperty("ner.productVectors", "false"));

    @Test
    void clusters() throws IOException {
        List<List<String>> text = clusterText();
        long t0 = System.nanoTime();
        Map<String, int[]> clusters = WordClusters.build(text, 3, new int[] {64, 256, 1000}, 7L);
        Path out = RESOURCES.resolve("clusters.tsv.gz");
        writeClusters(clusters, out);
        System.out.printf(Locale.ROOT, "clusters: %d sentences, %d words clustered in %.1f s -> %s (%d bytes)%n",
                text.size(), clusters.size(), (System.nanoTime() - t0) / 1e9, out.normalize(), Files.size(out));
        assertTrue(clusters.size() > 10_000);
    }

    /** The unlabelled text both cluster files are built from: IndoSum dev folds, Detik 1000, the train splits. */
    private static List<List<String>> clusterText() throws IOException {
        Path data = SharedData.require("indosum-devfolds").getParent();
        List<List<String>> text = new ArrayList<>(NewsText.indosum(data.resolve("indosum-devfolds")));
        text.addAll(NewsText.detik(data.resolve("detik-1000-summarization/data_berita.csv")));
        for (TaggedSentence s : unlabelledTrainSplits(data)) {
            text.add(s.words());
        }
        return text;
    }

    /** One line per word, in word order: the word and its class at each of the three granularities. */
    private static void writeClusters(Map<String, int[]> clusters, Path out) throws IOException {
        try (PrintWriter w = new PrintWriter(new GZIPOutputStream(Files.newOutputStream(out)), false, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, int[]> e : new TreeMap<>(clusters).entrySet()) {
                int[] c = e.getValue();
                w.print(e.getKey() + "\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\n");
            }
        }
    }

    /**
     * exchange-clusters.tsv.gz: class-based language-model clusters of the same text as {@link #clusters}
     * ({@link ExchangeClustering}, 64 / 256 / 1000 classes, at most 15 iterations); read by the
     * per-data-set (wide) taggers only.
     */
    @Test
    void exchangeClusters() throws IOException {
        List<List<String>> text = clusterText();
        long t0 = System.nanoTime();
        Map<String, int[]> clusters = ExchangeClustering.build(text, Integer.getInteger("ner.exchangeMinCount", 3), new int[] {64, 256, 1000}, 15);
        Path out = RESOURCES.resolve("exchange-clusters.tsv.gz");
        writeClusters(clusters, out);
        System.out.printf(Locale.ROOT, "exchange clusters: %d sentences, %d words clustered in %.1f s -> %s (%d bytes)%n",
                text.size(), clusters.size(), (System.nanoTime() - t0) / 1e9, out.normalize(), Files.size(out));
        assertTrue(clusters.size() > 10_000);
    }

    /**
     * vector-classes.tsv.gz: dense vectors of the same text as {@link #clusters} ({@link WordVectors}: positional
     * PPMI against the 10,000 commonest words, a randomized SVD to 64 dimensions), read as spherical k-means classes
     * at 64 / 256 / 1000 and as the signs of the 32 leading dimensions; read by the per-data-set taggers that ask for
     * them ({@code TrainerConfig#vectorRows}: NERGRIT's classes since session 22).
     */
    @Test
    void vectorClasses() throws IOException {
        List<List<String>> text = clusterText();
        long t0 = System.nanoTime();
        WordVectors vectors = WordVectors.build(text, 3, 64, 7L);
        long t1 = System.nanoTime();
        int[][] classes = {vectors.classes(64), vectors.classes(256), vectors.classes(1000)};
        String[] signs = vectors.signs(32);
        Map<String, String> lines = new TreeMap<>();
        for (int w = 0; w < vectors.words().size(); w++) {
            if (vectors.words().get(w).chars().anyMatch(ch -> Character.isWhitespace(ch) || Character.isISOControl(ch))) {
                continue;
            }
            lines.put(vectors.words().get(w), classes[0][w] + "\t" + classes[1][w] + "\t" + classes[2][w] + "\t" + signs[w]);
        }
        Path out = RESOURCES.resolve("vector-classes.tsv.gz");
        try (PrintWriter w = new PrintWriter(new GZIPOutputStream(Files.newOutputStream(out)), false, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : lines.entrySet()) {
                w.print(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "vector classes: %d sentences, %d words, SVD in %.1f s, classes in %.1f s -> %s (%d bytes)%n",
                text.size(), lines.size(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9, out.normalize(), Files.size(out));
        for (String probe : List.of("jakarta", "ujar", "kpk", "budi", "universitas", "persib")) {
            System.out.println(probe + " ~ " + vectors.nearest(probe, 8));
        }
        assertTrue(lines.size() > 10_000);
    }

    /**
     * exchange-left.tsv.gz and exchange-right.tsv.gz: the same exchange clustering with one neighbour as the
     * history (the word before only, the word after only), 64 / 256 / 1000 classes; per-data-set taggers only.
     */
    @Test
    void sidedExchangeClusters() throws IOException {
        List<List<String>> text = clusterText();
        for (ExchangeClustering.Histories side : List.of(ExchangeClustering.Histories.LEFT, ExchangeClustering.Histories.RIGHT)) {
            long t0 = System.nanoTime();
            Map<String, int[]> clusters = ExchangeClustering.build(text, 3, new int[] {64, 256, 1000}, 15, side);
            Path out = RESOURCES.resolve("exchange-" + side.name().toLowerCase(Locale.ROOT) + ".tsv.gz");
            writeClusters(clusters, out);
            System.out.printf(Locale.ROOT, "%s-history exchange clusters: %d words in %.1f s -> %s (%d bytes)%n",
                    side, clusters.size(), (System.nanoTime() - t0) / 1e9, out.normalize(), Files.size(out));
            assertTrue(clusters.size() > 10_000);
        }
    }

    /**
     * case-profile.tsv.gz: for each word of the cased news text (IndoSum dev folds, Detik 1000) seen at
     * least 3 times inside a sentence, how often it is written there with a capital ({@code CaseProfile}).
     */
    @Test
    void caseProfile() throws IOException {
        Path data = SharedData.require("indosum-devfolds").getParent();
        List<List<String>> text = new ArrayList<>(NewsText.indosum(data.resolve("indosum-devfolds")));
        text.addAll(NewsText.detik(data.resolve("detik-1000-summarization/data_berita.csv")));
        Map<String, int[]> counts = new TreeMap<>();
        for (List<String> s : text) {
            for (int i = 1; i < s.size(); i++) {
                String w = s.get(i);
                if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || SENTENCE_OPENERS.contains(s.get(i - 1))) {
                    continue;
                }
                int[] n = counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
                n[0] += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
                n[1]++;
            }
        }
        Path out = RESOURCES.resolve("case-profile.tsv.gz");
        int kept = 0;
        try (PrintWriter w = new PrintWriter(new GZIPOutputStream(Files.newOutputStream(out)), false, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                if (e.getValue()[1] >= 3) {
                    w.print(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
                    kept++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "case profile: %d sentences, %d words -> %s (%d bytes)%n",
                text.size(), kept, out.normalize(), Files.size(out));
        assertTrue(kept > 10_000);
    }

    /** Tokens after which a word may be capitalised for being first (not counted in the case profile). */
    private static final java.util.Set<String> SENTENCE_OPENERS =
            java.util.Set.of(".", "!", "?", "\"", "\u201c", "\u201d", "'", ":", "(", "-", "\u2013", "\u2014", ";");

    @Test
    void productModel() throws IOException {
        Path data = SharedData.require("indonlu-ner").getParent();
        List<TaggedSentence> train = productSplit(data, "train");
        long t0 = System.nanoTime();
        PerceptronTagger model = new PerceptronTrainer(TrainerConfig.of(PRODUCT_BITS, PRODUCT_EPOCHS, DatasetTraining.SEED)
                .withNameFolds(DatasetTraining.NAME_FOLDS).withVectorRows(PRODUCT_VECTORS ? TrainerConfig.VECTOR_WORDS : 0)).train(train);
        Path names = RESOURCES.resolve("trained-names.tsv.gz");
        if (DatasetTraining.NAME_FOLDS > 0) {
            try (PrintWriter w = new PrintWriter(new GZIPOutputStream(Files.newOutputStream(names)), false, StandardCharsets.UTF_8)) {
                for (String line : PerceptronTrainer.names(train, -1, 1)) {
                    w.print(line + "\n");
                }
            }
        } else {
            Files.deleteIfExists(names);
        }
        Path out = RESOURCES.resolve("ner-model.bin.gz");
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.out.printf(Locale.ROOT, "product model: %d sentences, %d epochs, %.1f s -> %s (%d bytes)%n",
                train.size(), PRODUCT_EPOCHS, (System.nanoTime() - t0) / 1e9, out.normalize(), Files.size(out));
        ChunkScore dev = DatasetTraining.score(model, productSplit(data, "dev"));
        System.out.printf(Locale.ROOT, "product model on the dev splits (3 types, micro F1): %.2f%n", dev.microF1());
    }

    /** All train (or dev) splits mapped to PERSON / ORGANIZATION / LOCATION. */
    static List<TaggedSentence> productSplit(Path data, String split) {
        boolean train = split.equals("train");
        List<TaggedSentence> out = new ArrayList<>();
        out.addAll(ConllCorpus.read(data.resolve("indonlu-ner/nergrit_ner-grit/" + (train ? "train" : "valid") + "_preprocess.txt"), ProductTags::map));
        if (Boolean.parseBoolean(System.getProperty("ner.withNerp", "true"))) {
            out.addAll(ConllCorpus.read(data.resolve("indonlu-ner/nerp_ner-prosa/" + (train ? "train" : "valid") + "_preprocess.txt"), ProductTags::map));
        }
        out.addAll(ConllCorpus.read(data.resolve("idner-news-2k/" + split + ".txt"), ProductTags::map));
        out.addAll(ConllCorpus.read(data.resolve("indolem-ner/nerui/" + split + ".01.tsv"), ProductTags::map));
        out.addAll(ConllCorpus.read(data.resolve("indolem-ner/nerugm/" + split + ".01.tsv"), ProductTags::map));
        return out;
    }

    private static List<TaggedSentence> unlabelledTrainSplits(Path data) {
        List<TaggedSentence> out = new ArrayList<>();
        out.addAll(ConllCorpus.read(data.resolve("indonlu-ner/nergrit_ner-grit/train_preprocess.txt")));
        out.addAll(ConllCorpus.read(data.resolve("indonlu-ner/nerp_ner-prosa/train_preprocess.txt")));
        out.addAll(ConllCorpus.read(data.resolve("idner-news-2k/train.txt")));
        return out;
    }
}
