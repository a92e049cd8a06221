package dev.intisari.core.entity;

/**
 * The log-loss objective of a linear-chain CRF (Lafferty et al. 2001) over the trainer's lattice: the same hashed
 * emission rows, tag moves and edge rows as the perceptron, but each sentence moves every weight it reads by the
 * gradient of the log-probability of its gold tags, observed minus expected counts, the expectations from
 * forward-backward over all tag paths. Where the perceptron learns only from the one best wrong path, this learns
 * from every path in proportion to its probability, so a sentence the model already tags right still moves the
 * weights of its uncertain tags. Steps are AdaGrad (Duchi et al. 2011: each weight's step is {@code rate} times its
 * gradient over the root of its summed squared gradients) with an L2 penalty applied to the weights a sentence reads. With a
 * margin, every wrong tag's emission is raised by it before forward-backward (softmax-margin, Gimpel and Smith
 * 2010). The trainer averages the weights over the steps as it does the perceptron's. Per-data-set models only
 * ({@link TrainerConfig#logLoss}); one instance per training run, not thread-safe.
 */
final class LogLossTraining {
    /** Scores at or below this are forbidden moves ({@link PerceptronTagger#constrain}): never moved. */
    private static final float FORBIDDEN = -1e29f;
    /**
     * What each weight's sum of squared gradients starts from: the first steps are then in proportion to the
     * gradient (AdaGrad from 0 makes a weight's first step {@code rate} whatever its gradient's size) and a gradient
     * too small to square in a float moves nothing instead of dividing by 0.
     */
    private static final float INITIAL_SQUARES = 0.1f;

    private final int l;
    private final int block;
    private final float rate;
    private final float l2;
    private final float[] weightSquares;
    private final float[] moveSquares;
    private final float[] edgeSquares;
    private final float[] segmentSquares;

    LogLossTraining(int l, TrainerConfig.LogLoss settings, int weights, int edges, int segments) {
        this.l = l;
        this.block = (l + 1) * l;
        this.rate = settings.rate();
        this.l2 = settings.l2();
        this.weightSquares = new float[weights];
        this.moveSquares = new float[block];
        this.edgeSquares = edges > 0 ? new float[edges] : null;
        this.segmentSquares = segments > 0 ? new float[segments] : null;
    }

    /**
     * One AdaGrad step on one sentence: {@code w}, {@code t} and (with edge rows) {@code e} move by the gradient of
     * the gold path's log-probability; {@code acc}, {@code tAcc}, {@code eAcc} take each move times {@code step} for
     * the averaging. With whole-segment weights {@code sw} (and their rows {@code segRows}, {@link SegmentFeatures#rows})
     * the lattice is semi-Markov ({@link SemiMarkovMarginals}) and {@code sw} moves too; a sentence with a gold name
     * longer than {@link SegmentFeatures#MAX_LENGTH} is then outside the lattice and skipped (returns 0). Returns the
     * sentence's log-loss (for tests and progress).
     */
    double update(float[] w, float[] acc, float[] t, float[] tAcc, float[] e, float[] eAcc, float[] sw, float[] sAcc,
                  int[] segRows, int[] r, int[] c, int n, int[] er, int[] ec, int[] gold, float margin, long step) {
        int types = (l - 1) / 2;
        int max = SegmentFeatures.MAX_LENGTH;
        java.util.List<int[]> goldNames = sw == null ? null : SegmentFeatures.segments(gold);
        for (int k = 0; goldNames != null && k < goldNames.size(); k++) {
            if (goldNames.get(k)[1] > max) {
                return 0;
            }
        }
        float[] emission = new float[n * l];
        for (int i = 0; i < n; i++) {
            int base = i * NerFeatures.STRIDE;
            for (int f = 0; f < c[i]; f++) {
                int row = r[base + f] * l;
                for (int y = 0; y < l; y++) {
                    emission[i * l + y] += w[row + y];
                }
            }
            if (margin > 0) {
                for (int y = 0; y < l; y++) {
                    emission[i * l + y] += y == gold[i] ? 0 : margin;
                }
            }
        }
        float[] moves = e == null ? null : PerceptronTagger.edgeSums(l, e, er, ec, n);
        float[] seg = sw == null ? null : SegmentFeatures.scores(segRows, n, types, sw);
        Marginals m;
        if (sw == null) {
            m = marginals(l, t, moves, emission, n);
        } else {
            SemiMarkovMarginals.Marginals sm = SemiMarkovMarginals.of(l, t, moves, emission, n, seg, max);
            m = new Marginals(sm.tags(), sm.moves(), sm.logZ());
            boolean[] isGold = new boolean[n * max * types];
            for (int[] name : goldNames) {
                isGold[(name[0] * max + name[1] - 1) * types + name[2]] = true;
            }
            for (int i = 0; i < n; i++) {
                for (int k = 1; k <= max && i + k <= n; k++) {
                    int at = i * max + k - 1;
                    for (int y = 0; y < types; y++) {
                        float g = (isGold[at * types + y] ? 1 : 0) - (float) sm.names()[at * types + y];
                        for (int f = 0; f < SegmentFeatures.ROWS; f++) {
                            move(sw, sAcc, segmentSquares, segRows[at * SegmentFeatures.ROWS + f] * types + y, g, step);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int base = i * NerFeatures.STRIDE;
            for (int f = 0; f < c[i]; f++) {
                int row = r[base + f] * l;
                for (int y = 0; y < l; y++) {
                    float g = (y == gold[i] ? 1 : 0) - (float) m.tags[i * l + y];
                    move(w, acc, weightSquares, row + y, g, step);
                }
            }
            int from = i == 0 ? l : gold[i - 1];
            for (int p = i == 0 ? l : 0; p <= (i == 0 ? l : l - 1); p++) {
                for (int y = 0; y < l; y++) {
                    if (t[p * l + y] <= FORBIDDEN) {
                        continue;
                    }
                    float g = (p == from && y == gold[i] ? 1 : 0) - (float) m.moves[i * block + p * l + y];
                    move(t, tAcc, moveSquares, p * l + y, g, step);
                    for (int f = 0; e != null && f < ec[i]; f++) {
                        move(e, eAcc, edgeSquares, er[i * NerFeatures.EDGE_STRIDE + f] * block + p * l + y, g, step);
                    }
                }
            }
        }
        double goldScore = 0;
        for (int i = 0; i < n; i++) {
            int p = i == 0 ? l : gold[i - 1];
            goldScore += emission[i * l + gold[i]] + t[p * l + gold[i]] + (moves == null ? 0 : moves[i * block + p * l + gold[i]]);
        }
        for (int k = 0; goldNames != null && k < goldNames.size(); k++) {
            int[] name = goldNames.get(k);
            goldScore += seg[(name[0] * max + name[1] - 1) * types + name[2]];
        }
        return m.logZ - goldScore;
    }

    /** One weight's AdaGrad step for the gradient {@code g} less the L2 penalty. */
    private void move(float[] w, float[] acc, float[] squares, int at, float g, long step) {
        float grad = g - l2 * w[at];
        if (grad == 0) {
            return;
        }
        squares[at] += grad * grad;
        float delta = rate * grad / (float) Math.sqrt(squares[at] + INITIAL_SQUARES);
        w[at] += delta;
        acc[at] += delta * step;
    }

    /**
     * Posterior marginals of the tags at each position ({@code n * l}) and of the move into each position
     * ({@code n * (l + 1) * l}, position 0 from the start row {@code l}), and the log partition function.
     */
    record Marginals(double[] tags, double[] moves, double logZ) {
    }

    /** Forward-backward in log space over the moves {@code transitions} (plus per-position {@code edges}, or null). */
    static Marginals marginals(int l, float[] transitions, float[] edges, float[] emission, int n) {
        int block = (l + 1) * l;
        double[] alpha = new double[n * l];
        double[] beta = new double[n * l];
        double[] terms = new double[l];
        for (int y = 0; y < l; y++) {
            alpha[y] = move(transitions, edges, block, l, 0, l, y) + emission[y];
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < l; y++) {
                for (int p = 0; p < l; p++) {
                    terms[p] = alpha[(i - 1) * l + p] + move(transitions, edges, block, l, i, p, y);
                }
                alpha[i * l + y] = logSumExp(terms) + emission[i * l + y];
            }
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int p = 0; p < l; p++) {
                for (int y = 0; y < l; y++) {
                    terms[y] = move(transitions, edges, block, l, i + 1, p, y) + emission[(i + 1) * l + y]
                            + beta[(i + 1) * l + y];
                }
                beta[i * l + p] = logSumExp(terms);
            }
        }
        System.arraycopy(alpha, (n - 1) * l, terms, 0, l);
        double logZ = logSumExp(terms);
        double[] tags = new double[n * l];
        double[] moves = new double[n * block];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < l; y++) {
                tags[i * l + y] = Math.exp(alpha[i * l + y] + beta[i * l + y] - logZ);
                if (i == 0) {
                    moves[l * l + y] = tags[y];
                    continue;
                }
                for (int p = 0; p < l; p++) {
                    moves[i * block + p * l + y] = Math.exp(alpha[(i - 1) * l + p]
                            + move(transitions, edges, block, l, i, p, y) + emission[i * l + y] + beta[i * l + y] - logZ);
                }
            }
        }
        return new Marginals(tags, moves, logZ);
    }

    private static double move(float[] transitions, float[] edges, int block, int l, int i, int from, int to) {
        double t = transitions[from * l + to];
        return edges == null ? t : t + edges[i * block + from * l + to];
    }

    private static double logSumExp(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            max = Math.max(max, v);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double v : x) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }
}
