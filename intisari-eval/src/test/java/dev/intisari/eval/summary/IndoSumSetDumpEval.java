package dev.intisari.eval.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.core.summary.PointTrimmer;
import dev.intisari.core.summary.SentenceFeatures;
import dev.intisari.core.summary.SentenceSet;
import dev.intisari.eval.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes, for every article of IndoSum dev folds 1-4 (fold 5 ids dropped), what selection rules need outside the
 * JVM: its fold, sentences' letter-word counts, the cosine matrix, trimmed key-point texts, feature rows and gold
 * labels, as JSON Lines to {@code -Dintisari.summary.setdump=FILE}. Fold 5 is not read except for its ids.
 */
class IndoSumSetDumpEval {
    @Test
    void dump() throws Exception {
        String target = System.getProperty("intisari.summary.setdump");
        Assumptions.assumeTrue(target != null, "runs with -Dintisari.summary.setdump=FILE");
        Path dir = SharedData.require("indosum-devfolds");
        Set<String> fifth = new HashSet<>();
        IndoSumFolds.read(dir.resolve("dev.05.jsonl")).forEach(d -> fifth.add(d.id()));
        PointTrimmer trimmer = new PointTrimmer();
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)) {
            for (int k = 1; k <= 4; k++) {
                for (IndoSumFolds.Doc d : IndoSumFolds.read(dir.resolve("dev.0" + k + ".jsonl"))) {
                    if (fifth.contains(d.id())) {
                        continue;
                    }
                    SentenceSet set = IndoSumKeyPointsEval.set(d);
                    ObjectNode o = json.createObjectNode();
                    o.put("id", d.id());
                    o.put("fold", k);
                    ArrayNode words = o.putArray("letterWords");
                    ArrayNode points = o.putArray("points");
                    ArrayNode cos = o.putArray("cosine");
                    ArrayNode labels = o.putArray("labels");
                    ArrayNode features = o.putArray("features");
                    ArrayNode terms = o.putArray("terms");
                    ArrayNode wordCounts = o.putArray("words");
                    double[][] f = SentenceFeatures.of(set, trimmer);
                    for (int i = 0; i < set.size(); i++) {
                        words.add(set.letterWords(i));
                        points.add(trimmer.trim(set.text(i)));
                        labels.add(d.labels()[i]);
                        ArrayNode row = cos.addArray();
                        for (int j = 0; j < set.size(); j++) {
                            row.add(set.cosine(i, j));
                        }
                        ArrayNode tr = terms.addArray();
                        for (int t : set.terms(i)) {
                            tr.add(t);
                        }
                        wordCounts.add(set.words(i));
                        ArrayNode fr = features.addArray();
                        for (double v : f[i]) {
                            fr.add(v);
                        }
                    }
                    o.put("summary", d.summary());
                    out.write(json.writeValueAsString(o));
                    out.newLine();
                }
            }
        }
    }
}
