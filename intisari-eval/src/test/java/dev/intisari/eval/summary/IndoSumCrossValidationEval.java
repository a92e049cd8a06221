package dev.intisari.eval.summary;

import dev.intisari.core.summary.BoostedTreeSentenceModel;
import dev.intisari.core.summary.KeyPointConfig;
import dev.intisari.core.summary.PointTrimmer;
import dev.intisari.core.summary.SentenceFeatures;
import dev.intisari.core.summary.SentenceSet;
import dev.intisari.core.summary.SupervisedMmrSummarizer;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Entity;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Model and selection choices made by cross-validation on IndoSum dev folds 1-4 alone (fold 5 is never read
 * except for its ids, which are dropped from every training set): each fold in turn is held out, the trees are
 * trained on the other three (ids shared with the held fold dropped), and every selection rule is scored on
 * the held-out probabilities. Compares trees over the pointwise features alone and over all features (with
 * {@link SentenceFeatures}' sequence columns: {@code -Dintisari.summary.featuresets=pointwise,sequence}, default
 * sequence), MMR's lambda and the {@link LinearSetRanker} (three points chosen jointly). Run
 * with {@code -Dintisari.summary.cv=true}; {@code -Dintisari.summary.shapes} lists training settings to compare
 * (default the shipped one; {@link BoostedTreeTrainer.Params#parse} reads them). {@code -Dintisari.summary.oof=DIR}
 * saves the held-out probabilities, {@code -Dintisari.summary.oofin=FILE} reads them instead of training (for one
 * shape), so selection rules can be compared in two minutes.
 */
class IndoSumCrossValidationEval {
    @Test
    void foldsOneToFour() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("intisari.summary.cv"), "cross-validation runs with -Dintisari.summary.cv=true");
        Path dir = SharedData.require("indosum-devfolds");
        Set<String> fifth = new HashSet<>();
        IndoSumFolds.read(dir.resolve("dev.05.jsonl")).forEach(d -> fifth.add(d.id()));
        List<List<IndoSumFolds.Doc>> folds = new ArrayList<>();
        Map<String, Prepared> prepared = new HashMap<>();
        PointTrimmer trimmer = new PointTrimmer();
        for (int k = 1; k <= 4; k++) {
            List<IndoSumFolds.Doc> fold = new ArrayList<>();
            for (IndoSumFolds.Doc d : IndoSumFolds.read(dir.resolve("dev.0" + k + ".jsonl"))) {
                if (!fifth.contains(d.id())) {
                    fold.add(d);
                    prepared.computeIfAbsent(d.id(), id -> Prepared.of(d, trimmer));
                }
            }
            folds.add(fold);
        }
        String shapes = System.getProperty("intisari.summary.shapes", IndoSumKeyPointsEval.SHIPPED);
        System.out.println("IndoSum cross-validation on dev folds 1-4 (fold 5 ids dropped), "
                + prepared.size() + " distinct articles");
        System.out.println(SystemScores.header());
        SystemScores lead = new SystemScores("LEAD-3 (sentences)");
        for (List<IndoSumFolds.Doc> fold : folds) {
            for (IndoSumFolds.Doc d : fold) {
                lead.add(join(d.sentences(), range(Math.min(3, d.sentences().size()))), d.summary());
            }
        }
        System.out.println(lead.row());
        for (String columns : System.getProperty("intisari.summary.featuresets", "sequence").split(",")) {
            for (String shape : shapes.split(",")) {
                long t0 = System.nanoTime();
                String saved = System.getProperty("intisari.summary.oofin");
                Map<String, double[]> scores = saved != null ? readScores(Path.of(saved))
                        : outOfFold(folds, prepared, columns, BoostedTreeTrainer.Params.parse(shape));
                System.out.println("trained " + shape + " four times in " + (System.nanoTime() - t0) / 1_000_000_000
                        + " s");
                String tag = columns + " " + shape;
                Map<String, SystemScores> rules = new LinkedHashMap<>();
                for (List<IndoSumFolds.Doc> fold : folds) {
                    for (IndoSumFolds.Doc d : fold) {
                        Prepared prep = prepared.get(d.id());
                        for (double lambda : new double[] {0.7, 0.8, 0.9, 1.0}) {
                            SupervisedMmrSummarizer mmr = new SupervisedMmrSummarizer(null, trimmer,
                                    KeyPointConfig.DEFAULTS.withSelection(lambda, 0));
                            score(rules, tag + " mmr l " + lambda, mmr.select(prep.set(), scores.get(d.id()), 3),
                                    prep, d);
                        }
                    }
                }
                pickDump(folds, prepared, scores, trimmer);
                rankedSets(rules, tag, folds, prepared, scores, trimmer);
                rules.values().forEach(r -> System.out.println(r.row()));
                writeScores(tag, scores, folds);
            }
        }
    }

    /**
     * The {@link LinearSetRanker} row: for each held-out fold, the ranker is fitted on the other folds' articles
     * (every id of the held-out fold dropped) with their held-out probabilities, and chooses the held-out fold's
     * three points. The training folds' probabilities come from trees that saw the held-out fold's labels (not
     * its references); the ranker's 18 weights map probabilities to a set's quality, so this is left unnested.
     */
    private static void rankedSets(Map<String, SystemScores> rules, String tag, List<List<IndoSumFolds.Doc>> folds,
                                   Map<String, Prepared> prepared, Map<String, double[]> scores, PointTrimmer trimmer) {
        for (int held = 0; held < folds.size(); held++) {
            Set<String> seen = new HashSet<>();
            folds.get(held).forEach(d -> seen.add(d.id()));
            List<SetRankerTrainer.Example> examples = new ArrayList<>();
            for (int k = 0; k < folds.size(); k++) {
                if (k == held) {
                    continue;
                }
                for (IndoSumFolds.Doc d : folds.get(k)) {
                    if (seen.add(d.id())) {
                        Prepared prep = prepared.get(d.id());
                        SetRankerTrainer.Example e = SetRankerTrainer.example(prep.set(), scores.get(d.id()),
                                prep.points(), d.summary(), KeyPointConfig.DEFAULTS.minWords());
                        if (e != null) {
                            examples.add(e);
                        }
                    }
                }
            }
            LinearSetRanker ranker = SetRankerTrainer.train(examples);
            SupervisedMmrSummarizer mmr = new SupervisedMmrSummarizer(null, trimmer, KeyPointConfig.DEFAULTS);
            for (IndoSumFolds.Doc d : folds.get(held)) {
                Prepared prep = prepared.get(d.id());
                double[] p = scores.get(d.id());
                int[] chosen = ranker.best(prep.set(), p, KeyPointConfig.DEFAULTS.minWords());
                score(rules, tag + " set ranker", chosen != null ? chosen : mmr.select(prep.set(), p, 3), prep, d);
            }
        }
    }

    /**
     * With {@code -Dintisari.summary.pickdump=FILE}, writes every held-out article's sentences, the three the shipped
     * rule (MMR at the default lambda) picks and the reference, as JSON Lines, so that trimming rules can be read and
     * scored outside the JVM.
     */
    private static void pickDump(List<List<IndoSumFolds.Doc>> folds, Map<String, Prepared> prepared,
                                 Map<String, double[]> scores, PointTrimmer trimmer) throws java.io.IOException {
        String target = System.getProperty("intisari.summary.pickdump");
        if (target == null) {
            return;
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        SupervisedMmrSummarizer mmr = new SupervisedMmrSummarizer(null, trimmer, KeyPointConfig.DEFAULTS);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < folds.size(); k++) {
            for (IndoSumFolds.Doc d : folds.get(k)) {
                Prepared prep = prepared.get(d.id());
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", d.id());
                o.put("fold", k + 1);
                List<String> sentences = new ArrayList<>();
                for (int i = 0; i < prep.set().size(); i++) {
                    sentences.add(prep.set().text(i));
                }
                o.put("sentences", sentences);
                o.put("points", Arrays.asList(prep.points()));
                o.put("chosen", mmr.select(prep.set(), scores.get(d.id()), 3));
                o.put("summary", d.summary());
                out.append(json.writeValueAsString(o)).append('\n');
            }
        }
        java.nio.file.Files.writeString(Path.of(target), out.toString());
    }

    /** Probabilities written by {@link #writeScores} (the fold column ignored: an id's scores are the same). */
    private static Map<String, double[]> readScores(Path file) throws java.io.IOException {
        Map<String, double[]> out = new HashMap<>();
        for (String line : java.nio.file.Files.readAllLines(file)) {
            String[] cells = line.split("\t");
            out.put(cells[0], Arrays.stream(cells[2].split(",")).mapToDouble(Double::parseDouble).toArray());
        }
        return out;
    }

    /**
     * With {@code -Dintisari.summary.oof=DIR}, writes the held-out probabilities to {@code DIR/<tag>.tsv} (id, fold,
     * probabilities), so that selection and trimming rules can be compared without training again.
     */
    private static void writeScores(String tag, Map<String, double[]> scores, List<List<IndoSumFolds.Doc>> folds)
            throws java.io.IOException {
        String dir = System.getProperty("intisari.summary.oof");
        if (dir == null) {
            return;
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < folds.size(); k++) {
            for (IndoSumFolds.Doc d : folds.get(k)) {
                out.append(d.id()).append('\t').append(k + 1).append('\t');
                double[] p = scores.get(d.id());
                for (int i = 0; i < p.length; i++) {
                    out.append(i == 0 ? "" : ",").append(p[i]);
                }
                out.append('\n');
            }
        }
        java.nio.file.Files.writeString(Path.of(dir, tag.replace(' ', '_') + ".tsv"), out.toString());
    }

    /** Held-out probabilities for every article of folds 1-4: each fold scored by trees trained on the others. */
    private static Map<String, double[]> outOfFold(List<List<IndoSumFolds.Doc>> folds, Map<String, Prepared> prepared,
                                                   String columns, BoostedTreeTrainer.Params params) {
        if (columns.equals("stacked")) {
            return stacked(folds, prepared, params);
        }
        Map<String, double[]> out = new HashMap<>();
        for (int held = 0; held < folds.size(); held++) {
            Set<String> seen = new HashSet<>();
            folds.get(held).forEach(d -> seen.add(d.id()));
            WordSalienceTrainer words = columns.startsWith("wordsal")
                    ? WordSalienceTrainer.count(trainingKeys(folds, prepared, held)) : null;
            CorpusIdfColumns.Table idf = columns.equals("corpusidf") ? idfTable(folds, prepared, held) : null;
            List<double[]> rows = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            List<Integer> groups = new ArrayList<>();
            List<Double> targets = new ArrayList<>();
            for (int k = 0; k < folds.size(); k++) {
                if (k == held) {
                    continue;
                }
                for (IndoSumFolds.Doc d : folds.get(k)) {
                    if (seen.add(d.id())) {
                        Prepared prep = prepared.get(d.id());
                        double[][] f = prep.features(columns, words, true, idf);
                        for (int i = 0; i < f.length; i++) {
                            rows.add(f[i]);
                            labels.add(d.labels()[i]);
                            groups.add(seen.size());
                            targets.add(SoftTargets.of(params.target(), d.labels()[i], prep.points()[i], d.summary()));
                        }
                    }
                }
            }
            BoostedTreeSentenceModel model = BoostedTreeTrainer.train(rows, labels,
                    groups.stream().mapToInt(Integer::intValue).toArray(), params,
                    params.target().equals("gold") ? null : targets.stream().mapToDouble(Double::doubleValue).toArray());
            for (IndoSumFolds.Doc d : folds.get(held)) {
                out.put(d.id(), model.probabilities(prepared.get(d.id()).features(columns, words, false, idf)));
            }
        }
        return out;
    }

    /** Session 14's corpus document frequencies over the training folds' texts for held-out fold {@code held}. */
    private static CorpusIdfColumns.Table idfTable(List<List<IndoSumFolds.Doc>> folds, Map<String, Prepared> prepared,
                                                   int held) {
        Set<String> seen = new HashSet<>();
        folds.get(held).forEach(d -> seen.add(d.id()));
        List<String[]> articles = new ArrayList<>();
        for (int k = 0; k < folds.size(); k++) {
            if (k != held) {
                for (IndoSumFolds.Doc d : folds.get(k)) {
                    if (seen.add(d.id())) {
                        articles.add(prepared.get(d.id()).stems());
                    }
                }
            }
        }
        return CorpusIdfColumns.Table.of(articles);
    }

    /** {@link WordSalienceTrainer}'s view of every training article for held-out fold {@code held}, each id once. */
    private static List<WordSalienceTrainer.Article> trainingKeys(List<List<IndoSumFolds.Doc>> folds,
                                                                  Map<String, Prepared> prepared, int held) {
        Set<String> seen = new HashSet<>();
        folds.get(held).forEach(d -> seen.add(d.id()));
        List<WordSalienceTrainer.Article> out = new ArrayList<>();
        for (int k = 0; k < folds.size(); k++) {
            if (k != held) {
                for (IndoSumFolds.Doc d : folds.get(k)) {
                    if (seen.add(d.id())) {
                        out.add(prepared.get(d.id()).keys());
                    }
                }
            }
        }
        return out;
    }

    /**
     * Stacking: a second tree set over every column plus {@link StackedColumns} of first-stage probabilities. For
     * each held-out fold, the second stage trains on the other three folds' rows whose first-stage probabilities
     * are themselves out of fold (each of the three scored by trees trained on the other two: nested, so no
     * article's first-stage probability comes from trees that saw it); the held-out fold's first-stage
     * probabilities come from trees trained on all three.
     */
    private static Map<String, double[]> stacked(List<List<IndoSumFolds.Doc>> folds, Map<String, Prepared> prepared,
                                                 BoostedTreeTrainer.Params params) {
        Map<String, double[]> out = new HashMap<>();
        for (int held = 0; held < folds.size(); held++) {
            List<Integer> training = new ArrayList<>();
            for (int k = 0; k < folds.size(); k++) {
                if (k != held) {
                    training.add(k);
                }
            }
            Map<String, double[]> inner = new HashMap<>();
            for (int t : training) {
                List<Integer> others = training.stream().filter(k -> k != t).toList();
                BoostedTreeSentenceModel first = train(folds, prepared, others, Set.of(held, t), null, params);
                for (IndoSumFolds.Doc d : folds.get(t)) {
                    inner.putIfAbsent(d.id(), first.probabilities(prepared.get(d.id()).all()));
                }
            }
            BoostedTreeSentenceModel first = train(folds, prepared, training, Set.of(held), null, params);
            BoostedTreeSentenceModel second = train(folds, prepared, training, Set.of(held), inner, params);
            for (IndoSumFolds.Doc d : folds.get(held)) {
                double[][] rows = prepared.get(d.id()).all();
                out.put(d.id(), second.probabilities(StackedColumns.append(rows, first.probabilities(rows))));
            }
        }
        return out;
    }

    /**
     * Trees trained on the articles of {@code training} folds, leaving out every id of the {@code excluded}
     * folds; over every column, plus the stacked columns from {@code firstStage} when it is not null.
     */
    private static BoostedTreeSentenceModel train(List<List<IndoSumFolds.Doc>> folds, Map<String, Prepared> prepared,
                                                  List<Integer> training, Set<Integer> excluded,
                                                  Map<String, double[]> firstStage, BoostedTreeTrainer.Params params) {
        Set<String> seen = new HashSet<>();
        excluded.forEach(k -> folds.get(k).forEach(d -> seen.add(d.id())));
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (int k : training) {
            for (IndoSumFolds.Doc d : folds.get(k)) {
                if (seen.add(d.id())) {
                    double[][] f = prepared.get(d.id()).all();
                    if (firstStage != null) {
                        f = StackedColumns.append(f, firstStage.get(d.id()));
                    }
                    for (int i = 0; i < f.length; i++) {
                        rows.add(f[i]);
                        labels.add(d.labels()[i]);
                        groups.add(seen.size());
                    }
                }
            }
        }
        return BoostedTreeTrainer.train(rows, labels, groups.stream().mapToInt(Integer::intValue).toArray(), params);
    }

    private static void score(Map<String, SystemScores> rules, String name, int[] chosen, Prepared prep,
                              IndoSumFolds.Doc d) {
        StringBuilder text = new StringBuilder();
        for (int i : chosen) {
            text.append(prep.points()[i]).append('\n');
        }
        rules.computeIfAbsent(name, SystemScores::new).add(text.toString(), d.summary());
    }

    /** One article's sentence set, feature rows and trimmed key-point texts, computed once. */
    private record Prepared(SentenceSet set, double[][] pointwise, double[][] all, String[] points,
                            WordSalienceTrainer.Article keys, SentenceEntities named, double[][] quotesDates,
                            String[] stemOf, int[] titleTerms, String[] stems) {
        /**
         * "pointwise" (the columns describing a sentence alone), "sequence" (every column: the shipped set), "entities"
         * (every column and session 10's {@link SentenceEntities} columns, not shipped), "quotesdates" (every column
         * and session 10's {@link QuoteDateColumns}, not shipped); session 9's
         * experiments (not shipped): "wordsal" (every column and {@link WordSalienceTrainer}'s columns from
         * {@code trainer}'s table, this article's own counts taken out when {@code own}), "topterms" (every column
         * and {@link TopTermColumns}), "wordsal_top" (both).
         */
        double[][] features(String name, WordSalienceTrainer trainer, boolean own) {
            return features(name, trainer, own, null);
        }

        /** With session 14's "corpusidf" set: every column and {@link CorpusIdfColumns} under {@code idf}. */
        double[][] features(String name, WordSalienceTrainer trainer, boolean own, CorpusIdfColumns.Table idf) {
            return switch (name) {
                case "corpusidf" -> CorpusIdfColumns.append(all, set, stemOf, titleTerms, idf);
                case "pointwise" -> pointwise;
                case "sequence" -> all;
                case "entities" -> named.append(all);
                case "quotesdates" -> QuoteDateColumns.append(all, quotesDates);
                case "topterms" -> TopTermColumns.append(all, set);
                case "wordsal" -> WordSalienceTrainer.append(all, keys, trainer.forArticle(keys, own));
                case "wordsal_top" -> TopTermColumns.append(
                        WordSalienceTrainer.append(all, keys, trainer.forArticle(keys, own)), set);
                default -> throw new IllegalArgumentException("feature set " + name);
            };
        }

        double[][] features(String name) {
            return features(name, null, false);
        }

        static Prepared of(IndoSumFolds.Doc d, PointTrimmer trimmer) {
            Map<String, Integer> vocabulary = new HashMap<>();
            SentenceSet set = IndoSumKeyPointsEval.set(d, vocabulary);
            String[] stemOf = CorpusIdfColumns.stemsById(vocabulary);
            String[] stems = CorpusIdfColumns.distinctStems(set, stemOf);
            int[] titleTerms = d.title() == null ? new int[0]
                    : SentenceSet.of(List.of(d.title()), new int[1], new int[1], null, vocabulary).terms(0);
            stemOf = CorpusIdfColumns.stemsById(vocabulary);
            String[] points = new String[set.size()];
            for (int i = 0; i < points.length; i++) {
                points[i] = trimmer.trim(set.text(i));
            }
            double[][] all = SentenceFeatures.of(set, trimmer);
            double[][] pointwise = new double[all.length][];
            for (int i = 0; i < all.length; i++) {
                pointwise[i] = Arrays.copyOf(all[i], SentenceFeatures.POINTWISE);
            }
            TokenizedText text = IndoSumText.of(d);
            List<Entity> entities = IndoSumText.entities(text);
            return new Prepared(set, pointwise, all, points, WordSalienceTrainer.Article.of(set, d.labels()),
                    SentenceEntities.of(text, set.size(), entities, d.title()),
                    QuoteDateColumns.of(d.id(), text, entities), stemOf, titleTerms, stems);
        }
    }

    private static int[] range(int k) {
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = i;
        }
        return out;
    }

    private static String join(List<String> sentences, int[] indices) {
        StringBuilder out = new StringBuilder();
        for (int i : indices) {
            out.append(sentences.get(i)).append('\n');
        }
        return out.toString();
    }
}
