package dev.intisari.core.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogLossTrainingTest {
    private static final String[] LABELS = {"O", "B-LOC", "I-LOC", "B-PER", "I-PER"};

    /** Forward-backward against the sum over every allowed tag path of short random lattices. */
    @Test
    void forwardBackwardEqualsTheSumOverEveryPath() {
        Random random = new Random(5);
        int l = LABELS.length;
        int block = (l + 1) * l;
        for (int round = 0; round < 60; round++) {
            int n = 1 + random.nextInt(4);
            float[] transitions = PerceptronTagger.constrain(LABELS, values(random, block, 4));
            float[] emission = values(random, n * l, 6);
            float[] edges = round % 2 == 0 ? null : values(random, n * block, 1);
            double z = 0;
            double[] tags = new double[n * l];
            double[] moves = new double[n * block];
            int[] path = new int[n];
            for (int code = 0; code < Math.pow(l, n); code++) {
                decode(code, path);
                double score = pathScore(path, transitions, emission, edges);
                boolean allowed = !Double.isNaN(score);
                if (!allowed) {
                    continue;
                }
                double p = Math.exp(score);
                z += p;
                for (int i = 0; i < n; i++) {
                    tags[i * l + path[i]] += p;
                    moves[i * block + (i == 0 ? l : path[i - 1]) * l + path[i]] += p;
                }
            }
            LogLossTraining.Marginals m = LogLossTraining.marginals(l, transitions, edges, emission, n);
            assertEquals(Math.log(z), m.logZ(), 1e-6, "round " + round);
            for (int k = 0; k < tags.length; k++) {
                assertEquals(tags[k] / z, m.tags()[k], 1e-6, "round " + round + " tag " + k);
            }
            for (int k = 0; k < moves.length; k++) {
                assertEquals(moves[k] / z, m.moves()[k], 1e-6, "round " + round + " move " + k);
            }
        }
    }

    /**
     * Semi-Markov forward-backward against the sum over every allowed path whose names are at most {@code max} words,
     * each scored by its tags, moves and its names' segment scores.
     */
    @Test
    void semiMarkovForwardBackwardEqualsTheSumOverEveryPathOfShortNames() {
        Random random = new Random(9);
        int l = LABELS.length;
        int types = 2;
        int block = (l + 1) * l;
        int max = 2;
        for (int round = 0; round < 60; round++) {
            int n = 1 + random.nextInt(4);
            float[] transitions = PerceptronTagger.constrain(LABELS, values(random, block, 4));
            float[] emission = values(random, n * l, 6);
            float[] edges = round % 2 == 0 ? null : values(random, n * block, 1);
            float[] segments = values(random, n * max * types, 2);
            double z = 0;
            double[] tags = new double[n * l];
            double[] moves = new double[n * block];
            double[] names = new double[segments.length];
            int[] path = new int[n];
            for (int code = 0; code < Math.pow(l, n); code++) {
                decode(code, path);
                double score = pathScore(path, transitions, emission, edges);
                boolean allowed = !Double.isNaN(score);
                List<int[]> spans = SegmentFeatures.segments(path);
                for (int[] span : spans) {
                    allowed &= span[1] <= max;
                    if (span[1] <= max) {
                        score += segments[(span[0] * max + span[1] - 1) * types + span[2]];
                    }
                }
                if (!allowed) {
                    continue;
                }
                double p = Math.exp(score);
                z += p;
                for (int i = 0; i < n; i++) {
                    tags[i * l + path[i]] += p;
                    moves[i * block + (i == 0 ? l : path[i - 1]) * l + path[i]] += p;
                }
                for (int[] span : spans) {
                    names[(span[0] * max + span[1] - 1) * types + span[2]] += p;
                }
            }
            SemiMarkovMarginals.Marginals m = SemiMarkovMarginals.of(l, transitions, edges, emission, n, segments, max);
            assertEquals(Math.log(z), m.logZ(), 1e-6, "round " + round);
            for (int k = 0; k < tags.length; k++) {
                assertEquals(tags[k] / z, m.tags()[k], 1e-6, "round " + round + " tag " + k);
            }
            for (int k = 0; k < moves.length; k++) {
                assertEquals(moves[k] / z, m.moves()[k], 1e-6, "round " + round + " move " + k);
            }
            for (int k = 0; k < names.length; k++) {
                assertEquals(names[k] / z, m.names()[k], 1e-6, "round " + round + " name " + k);
            }
        }
    }

    /** Made-up sentences: a person travels to a town. */
    private static List<TaggedSentence> corpus() {
        String[] people = {"Budi Santoso", "Siti Aminah", "Agus Salim", "Dewi Lestari"};
        String[] places = {"Bandung", "Surabaya", "Medan", "Padang"};
        List<TaggedSentence> out = new ArrayList<>();
        for (String person : people) {
            for (String place : places) {
                List<String> words = new ArrayList<>(List.of(person.split(" ")));
                List<String> tags = new ArrayList<>(List.of("B-PER", "I-PER"));
                for (String w : new String[] {"pulang", "ke", place, "pekan", "lalu", "."}) {
                    words.add(w);
                    tags.add(w.equals(place) ? "B-LOC" : "O");
                }
                out.add(new TaggedSentence(words, tags));
            }
        }
        return out;
    }

    @Test
    void aLogLossModelLearnsDecodesValidTagsAndTrainsDeterministically() {
        TrainerConfig config = TrainerConfig.of(16, 4, 3).withWide(true).withEdgeBits(12)
                .withLogLoss(new TrainerConfig.LogLoss(0.1f, 1e-4f));
        PerceptronTagger model = new PerceptronTrainer(config).train(corpus());
        List<String> words = List.of("Agus", "Salim", "pulang", "ke", "Medan", "pekan", "lalu", ".");
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O"}, model.tag(words));
        List<String> odd = List.of("Salim", "Medan", "ke", "Lestari", "Bandung");
        assertArrayEquals(model.tag(odd), new PerceptronTrainer(config).train(corpus()).tag(odd));
        for (String sentence : new String[] {"Santoso ke Medan", "Aminah Salim Padang Surabaya", "x"}) {
            String[] tags = model.tag(List.of(sentence.split(" ")));
            for (int i = 0; i < tags.length; i++) {
                if (tags[i].startsWith("I-")) {
                    assertTrue(i > 0 && tags[i - 1].substring(2).equals(tags[i].substring(2)), Arrays.toString(tags));
                }
            }
        }
        PerceptronTagger plain = new PerceptronTrainer(config.withEdgeBits(0).withMargin(1)).train(corpus());
        PerceptronTagger semi = new PerceptronTrainer(config.withSegmentBits(14)).train(corpus());
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O"}, semi.tag(words));
        assertArrayEquals(semi.tag(odd), new PerceptronTrainer(config.withSegmentBits(14)).train(corpus()).tag(odd));
        assertArrayEquals(new String[] {"B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O"}, plain.tag(words));
    }

    /**
     * A weight first read when the model is already sure of the sentence gets a gradient too small to square in a
     * float; its step must be about as small, not a division by 0.
     */
    @Test
    void aTinyFirstGradientGivesATinyStep() {
        int l = LABELS.length;
        float[] w = new float[2 * l];
        w[0] = 100;
        float[] acc = new float[w.length];
        float[] t = PerceptronTagger.constrain(LABELS, new float[(l + 1) * l]);
        LogLossTraining training = new LogLossTraining(l, new TrainerConfig.LogLoss(0.1f, 0), w.length, 0, 0);
        int[] rows = new int[NerFeatures.STRIDE];
        rows[1] = 1;
        double loss = training.update(w, acc, t, new float[t.length], null, null, null, null, null, rows, new int[] {2}, 1, null, null,
                new int[] {0}, 0, 1);
        assertTrue(loss < 1e-30, "the gold tag is all but certain: " + loss);
        for (int k = 0; k < w.length; k++) {
            assertTrue(Float.isFinite(w[k]) && Math.abs(w[k] - (k == 0 ? 100 : 0)) < 1e-3, "weight " + k + ": " + w[k]);
        }
    }

    @Test
    void theLogLossHasNoPerTypeStepsAndItsSettingsArePositive() {
        TrainerConfig config = TrainerConfig.of(16, 2, 3).withLogLoss(new TrainerConfig.LogLoss(0.1f, 0));
        assertThrows(IllegalArgumentException.class, () -> new PerceptronTrainer(config.withTypeSteps(java.util.Map.of("LOC", 0.5f))));
        assertThrows(IllegalArgumentException.class, () -> new PerceptronTrainer(config.withAggressiveness(1)));
        assertThrows(IllegalArgumentException.class, () -> new TrainerConfig.LogLoss(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new TrainerConfig.LogLoss(0.1f, -1));
    }

    /** {@code size} random values spread evenly around zero, {@code width} wide. */
    private static float[] values(Random random, int size, float width) {
        float[] out = new float[size];
        for (int k = 0; k < size; k++) {
            out[k] = random.nextFloat() * width - width / 2;
        }
        return out;
    }

    /** The tag path numbered {@code code}: its digits in base {@code LABELS.length}, first tag lowest. */
    private static void decode(int code, int[] path) {
        int rest = code;
        for (int i = 0; i < path.length; i++) {
            path[i] = rest % LABELS.length;
            rest /= LABELS.length;
        }
    }

    /** The first-order score of a tag path, or NaN when a move along it is not allowed. */
    private static double pathScore(int[] path, float[] transitions, float[] emission, float[] edges) {
        int l = LABELS.length;
        int block = (l + 1) * l;
        double score = 0;
        for (int i = 0; i < path.length; i++) {
            int from = i == 0 ? l : path[i - 1];
            if (!PerceptronTagger.allowed(LABELS, from, path[i])) {
                return Double.NaN;
            }
            score += transitions[from * l + path[i]] + emission[i * l + path[i]]
                    + (edges == null ? 0 : edges[i * block + from * l + path[i]]);
        }
        return score;
    }
}
