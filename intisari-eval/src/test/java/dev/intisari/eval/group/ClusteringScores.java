package dev.intisari.eval.group;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement between a predicted clustering and gold labels over the same items (lists aligned by index):
 * normalised mutual information (geometric and arithmetic normalisation), adjusted Rand index, pairwise
 * precision/recall/F1 over same-cluster pairs, and B-cubed precision/recall/F1.
 */
public record ClusteringScores(double nmi, double nmiArithmetic, double ari, double pairPrecision,
                               double pairRecall, double pairF1, double bcubedPrecision, double bcubedRecall,
                               double bcubedF1, int predictedClusters, int goldClusters) {

    public static <P, G> ClusteringScores of(List<P> predicted, List<G> gold) {
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException("predicted and gold differ in length");
        }
        int n = predicted.size();
        Map<P, Integer> pSize = new HashMap<>();
        Map<G, Integer> gSize = new HashMap<>();
        Map<List<Object>, Integer> joint = new HashMap<>();
        for (int i = 0; i < n; i++) {
            pSize.merge(predicted.get(i), 1, Integer::sum);
            gSize.merge(gold.get(i), 1, Integer::sum);
            joint.merge(List.of(predicted.get(i), gold.get(i)), 1, Integer::sum);
        }
        double hp = entropy(pSize, n);
        double hg = entropy(gSize, n);
        double mi = 0;
        for (Map.Entry<List<Object>, Integer> e : joint.entrySet()) {
            double nij = e.getValue();
            double a = pSize.get(e.getKey().get(0));
            double b = gSize.get(e.getKey().get(1));
            mi += nij / n * Math.log(n * nij / (a * b));
        }
        double nmi = hp == 0 && hg == 0 ? 1 : (hp == 0 || hg == 0 ? 0 : mi / Math.sqrt(hp * hg));
        double nmiArithmetic = hp + hg == 0 ? 1 : 2 * mi / (hp + hg);

        double sameBoth = 0;
        for (int v : joint.values()) {
            sameBoth += pairs(v);
        }
        double samePredicted = 0;
        for (int v : pSize.values()) {
            samePredicted += pairs(v);
        }
        double sameGold = 0;
        for (int v : gSize.values()) {
            sameGold += pairs(v);
        }
        double expected = samePredicted * sameGold / pairs(n);
        double max = (samePredicted + sameGold) / 2;
        double ari = max == expected ? 1 : (sameBoth - expected) / (max - expected);
        double pp = samePredicted == 0 ? 1 : sameBoth / samePredicted;
        double pr = sameGold == 0 ? 1 : sameBoth / sameGold;

        double bp = 0;
        double br = 0;
        for (int i = 0; i < n; i++) {
            double both = joint.get(List.of(predicted.get(i), gold.get(i)));
            bp += both / pSize.get(predicted.get(i));
            br += both / gSize.get(gold.get(i));
        }
        bp /= n;
        br /= n;
        return new ClusteringScores(nmi, nmiArithmetic, ari, pp, pr, f1(pp, pr), bp, br, f1(bp, br),
                pSize.size(), gSize.size());
    }

    private static double entropy(Map<?, Integer> sizes, int n) {
        double h = 0;
        for (int s : sizes.values()) {
            double p = (double) s / n;
            h -= p * Math.log(p);
        }
        return h;
    }

    private static double pairs(double k) {
        return k * (k - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
