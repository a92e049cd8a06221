package dev.intisari.eval.group;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Known values: scikit-learn's documented examples and hand-computed pair counts. */
class ClusteringScoresTest {
    private static final double EPS = 1e-3;

    @Test
    void identicalUpToRenamingIsPerfect() {
        ClusteringScores s = ClusteringScores.of(List.of(1, 1, 0, 0), List.of(0, 0, 1, 1));
        assertEquals(1.0, s.nmi(), EPS);
        assertEquals(1.0, s.ari(), EPS);
        assertEquals(1.0, s.pairF1(), EPS);
        assertEquals(1.0, s.bcubedF1(), EPS);
    }

    @Test
    void sklearnAriExamples() {
        // adjusted_rand_score([0, 0, 1, 2], [0, 0, 1, 1]) == 0.57...
        assertEquals(0.5714, ClusteringScores.of(List.of(0, 0, 1, 1), List.of(0, 0, 1, 2)).ari(), EPS);
        // adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) == 0.57...
        assertEquals(0.5714, ClusteringScores.of(List.of(0, 0, 1, 2), List.of(0, 0, 1, 1)).ari(), EPS);
        // adjusted_rand_score([0, 0, 0, 0], [0, 1, 2, 3]) == 0.0
        assertEquals(0.0, ClusteringScores.of(List.of(0, 1, 2, 3), List.of(0, 0, 0, 0)).ari(), EPS);
    }

    @Test
    void independentLabelsShareNoInformation() {
        // normalized_mutual_info_score([0, 0, 1, 1], [0, 1, 0, 1]) == 0.0
        assertEquals(0.0, ClusteringScores.of(List.of(0, 1, 0, 1), List.of(0, 0, 1, 1)).nmi(), EPS);
    }

    @Test
    void nmiOfASplitCluster() {
        // gold {a,a,b,b}, predicted {x,x,y,z}: I = ln 2, H(gold) = ln 2, H(pred) = 1.5 ln 2
        ClusteringScores s = ClusteringScores.of(List.of("x", "x", "y", "z"), List.of("a", "a", "b", "b"));
        assertEquals(1 / Math.sqrt(1.5), s.nmi(), EPS);
        assertEquals(2 / 2.5, s.nmiArithmetic(), EPS);
    }

    @Test
    void pairwiseAndBcubedOfAMergedCluster() {
        // gold {a,a,b}, predicted all one cluster: 3 predicted pairs, 1 correct
        ClusteringScores s = ClusteringScores.of(List.of(0, 0, 0), List.of("a", "a", "b"));
        assertEquals(1 / 3.0, s.pairPrecision(), EPS);
        assertEquals(1.0, s.pairRecall(), EPS);
        // B-cubed precision: (2/3 + 2/3 + 1/3) / 3 = 5/9; recall 1
        assertEquals(5 / 9.0, s.bcubedPrecision(), EPS);
        assertEquals(1.0, s.bcubedRecall(), EPS);
        assertEquals(3, s.goldClusters() + s.predictedClusters());
    }
}
