package dev.intisari.core.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain sequence tagger over BIO tags: hashed feature weights per tag, tag-to-tag transition
 * weights, exact Viterbi decoding that never produces an I- tag without its B-. Trained by
 * {@link PerceptronTrainer} (averaged structured perceptron). Immutable and thread-safe.
 */
public final class PerceptronTagger {
    private static final int MAGIC = 0x4e455231;
    /** A model with the wide-context features ({@link NerFeatures#wide}). */
    private static final int MAGIC_WIDE = 0x4e455257;
    /** A product model with the dense vectors' classes as one-word features ({@link TrainerConfig#VECTOR_WORDS}). */
    private static final int MAGIC_VECTORS = 0x4e455256;
    private static final float FORBIDDEN = -1e30f;

    private final String[] labels;
    private final int bits;
    private final short[] weights;
    private final float scale;
    private final float[] transitions;
    /** Decodes over {@link #transitions}, never trying a forbidden move. */
    private final ViterbiDecoder decoder;
    private final NerFeatures features;
    private final WordScores scores;
    /** Edge feature rows are {@code 2^edgeBits}; 0: no edge features. */
    private final int edgeBits;
    /** Edge weights ({@link NerFeatures#edgeRows}), {@code (l + 1) * l} per row, or null. */
    private final float[] edges;
    /**
     * The tagger whose tags are guide features ({@link NerFeatures#guideRows}), or, in a {@link #stacked}
     * model, this model's first pass; or null.
     */
    private final PerceptronTagger guide;
    /** Whether {@link #guide} is a first pass read by the non-local features ({@link NerFeatures#nonLocalRows}). */
    private final boolean stacked;
    /** Added to every position's score of each tag while decoding ({@link #withTagBias}), or null. */
    private final float[] tagBias;
    /** Whole-segment weights ({@link #withSegments}: semi-Markov decoding), or null (the product). */
    private final SegmentWeights segments;

    /**
     * Weights of the whole-segment features ({@link SegmentFeatures}): {@code 2^bits} rows, one weight per entity
     * type each.
     */
    record SegmentWeights(int bits, float[] weights) {
    }

    PerceptronTagger(String[] labels, int bits, float[] weights, float[] transitions, Lexicon lexicon, boolean wide) {
        this(labels, bits, quantise(weights), scaleOf(weights), transitions, lexicon, wide, 0, null, null, false, false, null, 0);
    }

    /** A model with edge features: move scores conditioned on the words they join (per-data-set models). */
    PerceptronTagger(String[] labels, int bits, float[] weights, float[] transitions, Lexicon lexicon, boolean wide,
                     int edgeBits, float[] edges, PerceptronTagger guide) {
        this(labels, bits, weights, transitions, lexicon, wide, edgeBits, edges, guide, false, false);
    }

    /**
     * As above; with {@code stacked}, {@code guide} is the first pass of a two-pass model; with
     * {@code letterGrams}, the features include the words' letter trigrams ({@link NerFeatures#letterGrams}).
     */
    PerceptronTagger(String[] labels, int bits, float[] weights, float[] transitions, Lexicon lexicon, boolean wide,
                     int edgeBits, float[] edges, PerceptronTagger guide, boolean stacked, boolean letterGrams) {
        this(labels, bits, weights, transitions, lexicon, wide, edgeBits, edges, guide, stacked, letterGrams, null);
    }

    /** As above; with {@code roles}, the features include the training split's mention roles ({@link MentionRoles}). */
    PerceptronTagger(String[] labels, int bits, float[] weights, float[] transitions, Lexicon lexicon, boolean wide,
                     int edgeBits, float[] edges, PerceptronTagger guide, boolean stacked, boolean letterGrams,
                     MentionRoles roles) {
        this(labels, bits, weights, transitions, lexicon, wide, edgeBits, edges, guide, stacked, letterGrams, roles, 0);
    }

    /** As above; with {@code vectorRows}, the dense vectors' features ({@link TrainerConfig#vectorRows}). */
    PerceptronTagger(String[] labels, int bits, float[] weights, float[] transitions, Lexicon lexicon, boolean wide,
                     int edgeBits, float[] edges, PerceptronTagger guide, boolean stacked, boolean letterGrams,
                     MentionRoles roles, int vectorRows) {
        this(labels, bits, quantise(weights), scaleOf(weights), transitions, lexicon, wide, edgeBits, edges, guide, stacked,
                letterGrams, roles, vectorRows);
    }

    private PerceptronTagger(String[] labels, int bits, short[] weights, float scale, float[] transitions,
                             Lexicon lexicon, boolean wide, int edgeBits, float[] edges, PerceptronTagger guide,
                             boolean stacked, boolean letterGrams, MentionRoles roles, int vectorRows) {
        this.labels = labels.clone();
        this.guide = guide;
        this.stacked = stacked;
        this.tagBias = null;
        this.segments = null;
        this.edgeBits = edgeBits;
        this.edges = edges;
        this.bits = bits;
        this.weights = weights;
        this.scale = scale;
        this.transitions = transitions;
        this.decoder = ViterbiDecoder.without(labels.length, transitions, FORBIDDEN);
        this.features = new NerFeatures(lexicon, bits, wide, letterGrams, roles, vectorRows);
        this.scores = new WordScores(features, weights, labels.length, lexicon.clusterWords());
    }

    private PerceptronTagger(PerceptronTagger model, float[] tagBias, SegmentWeights segments) {
        this.labels = model.labels;
        this.bits = model.bits;
        this.weights = model.weights;
        this.scale = model.scale;
        this.transitions = model.transitions;
        this.decoder = model.decoder;
        this.features = model.features;
        this.scores = model.scores;
        this.edgeBits = model.edgeBits;
        this.edges = model.edges;
        this.guide = model.guide;
        this.stacked = model.stacked;
        this.tagBias = tagBias == null ? null : tagBias.clone();
        this.segments = segments;
    }

    /**
     * This model with {@code bias[y]} added to the score of tag {@code y} at every position (a per-data-set
     * decision threshold: a negative bias on "O" trades precision for recall). Shares the weights; such a
     * model is not written.
     */
    public PerceptronTagger withTagBias(float[] bias) {
        if (bias.length != labels.length) {
            throw new IllegalArgumentException("one bias per tag");
        }
        return new PerceptronTagger(this, bias, segments);
    }

    /**
     * This model decoding semi-Markov ({@link SemiMarkovDecoder}) with these whole-segment weights (per-data-set
     * models trained with {@link TrainerConfig#segmentBits}). Shares the weights; such a model is not written.
     */
    PerceptronTagger withSegments(SegmentWeights weights) {
        return new PerceptronTagger(this, tagBias, weights);
    }

    private static float scaleOf(float[] weights) {
        float max = 1e-9f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        return max / Short.MAX_VALUE;
    }

    private static short[] quantise(float[] weights) {
        float scale = scaleOf(weights);
        short[] q = new short[weights.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = (short) Math.round(weights[i] / scale);
        }
        return q;
    }

    /** The tag names, index = tag id. */
    public List<String> labels() {
        return List.of(labels);
    }

    /** The best tag sequence for the words. */
    public String[] tag(List<String> words) {
        int[] ids = tagIds(words.toArray(new CharSequence[0]), words.size());
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = labels[ids[i]];
        }
        return out;
    }

    /** The best tag ids for the first {@code n} words. */
    int[] tagIds(CharSequence[] words, int n) {
        return tagIds(words, null, n);
    }

    /** Whether the tagger's features read this lexicon. */
    boolean uses(Lexicon lexicon) {
        return features.uses(lexicon);
    }

    /** As above, with the words' gazetteer heads ({@link Lexicon#heads} of this tagger's lexicon) or null. */
    int[] tagIds(CharSequence[] words, int[] heads, int n) {
        return tagIds(words, null, heads, n);
    }

    /** As above, with the words' lowercase hashes ({@link TokenHash#lower}) or null. */
    int[] tagIds(CharSequence[] words, long[] lowerHashes, int[] heads, int n) {
        if (n == 0) {
            return new int[0];
        }
        float[] emission = biased(scores.emissions(words, lowerHashes, heads, n, scale));
        if (edges == null && guide == null && segments == null) {
            return decoder.decode(emission, n);
        }
        Lattice lattice = extend(emission, words, heads, n);
        if (lattice.segments() != null) {
            return SemiMarkovDecoder.decode(labels.length, transitions, lattice.moves(), emission, n, lattice.segments(),
                    SegmentFeatures.MAX_LENGTH);
        }
        if (lattice.moves() == null) {
            return decoder.decode(emission, n);
        }
        return ViterbiDecoder.decode(labels.length, transitions, lattice.moves(), emission, n, FORBIDDEN / 10);
    }

    /**
     * What a decoding of {@code n} words reads: the emission scores ({@code n * l}), the per-position edge move scores
     * ({@link #edgeSums}, or null) and the whole-segment scores ({@link SegmentFeatures#scores}, or null); the tag
     * moves are {@link #transitions()}.
     */
    record Lattice(float[] emission, float[] moves, float[] segments) {
    }

    /** The lattice this model decodes for the first {@code n} words ({@code n > 0}). */
    Lattice lattice(CharSequence[] words, int n) {
        return extend(biased(scores.emissions(words, null, null, n, scale)), words, null, n);
    }

    /** The tag moves, forbidden ones at a large negative score. */
    float[] transitions() {
        return transitions;
    }

    private float[] biased(float[] emission) {
        if (tagBias != null) {
            int l = labels.length;
            for (int k = 0; k < emission.length; k++) {
                emission[k] += tagBias[k % l];
            }
        }
        return emission;
    }

    /** The emission scores with the guide's rows added (in place), and the edge and segment scores. */
    private Lattice extend(float[] emission, CharSequence[] words, int[] heads, int n) {
        if (edges == null && guide == null && segments == null) {
            return new Lattice(emission, null, null);
        }
        NerFeatures.Words w = features.describe(words, null, heads, n, true);
        int l = labels.length;
        if (guide != null) {
            int[] g = guide.tagIds(words, n);
            int[] rows = new int[Math.max(NerFeatures.GUIDE_ROWS, NerFeatures.NON_LOCAL_ROWS)];
            for (int i = 0; i < n; i++) {
                int end = stacked ? features.nonLocalRows(w, g, (l - 1) / 2, i, n, rows, 0, rows.length)
                        : features.guideRows(w, g, i, n, rows, 0, rows.length);
                for (int f = 0; f < end; f++) {
                    int r = rows[f] * l;
                    for (int y = 0; y < l; y++) {
                        emission[i * l + y] += weights[r + y] * scale;
                    }
                }
            }
        }
        float[] moves = null;
        if (edges != null) {
            int[] rows = new int[n * NerFeatures.EDGE_STRIDE];
            int[] counts = new int[n];
            for (int i = 0; i < n; i++) {
                counts[i] = features.edgeRows(w, i, n, edgeBits, rows, i * NerFeatures.EDGE_STRIDE);
            }
            moves = edgeSums(l, edges, rows, counts, n);
        }
        float[] seg = segments == null ? null : SegmentFeatures.scores(SegmentFeatures.rows(features, w, n, segments.bits()),
                n, (l - 1) / 2, segments.weights());
        return new Lattice(emission, moves, seg);
    }

    /** Per position, the summed edge weights of its edge rows: {@code n * (l + 1) * l} move scores. */
    static float[] edgeSums(int l, float[] edges, int[] rows, int[] counts, int n) {
        int block = (l + 1) * l;
        float[] out = new float[n * block];
        for (int i = 0; i < n; i++) {
            int o = i * block;
            for (int f = 0; f < counts[i]; f++) {
                int r = rows[i * NerFeatures.EDGE_STRIDE + f] * block;
                for (int k = 0; k < block; k++) {
                    out[o + k] += edges[r + k];
                }
            }
        }
        return out;
    }

    /** The emission scores read feature by feature, without the precomputed word sums (for tests). */
    float[] emissionsFeatureByFeature(CharSequence[] words, int n) {
        int[] counts = new int[n];
        int[] rows = features.extract(words, n, counts);
        return emissions(labels.length, weights, scale, rows, counts, n);
    }

    /** The emission scores from the precomputed word sums and the remaining features. */
    float[] emissions(CharSequence[] words, int n) {
        return scores.emissions(words, null, null, n, scale);
    }

    /** Whether tag {@code to} may follow tag {@code from} ({@code from == labels.length} is the start). */
    static boolean allowed(String[] labels, int from, int to) {
        String t = labels[to];
        if (!t.startsWith("I-")) {
            return true;
        }
        if (from == labels.length) {
            return false;
        }
        String f = labels[from];
        return f.length() > 2 && f.substring(2).equals(t.substring(2));
    }

    /** Transition matrix with forbidden moves fixed at a very low score; row {@code L} is the start. */
    static float[] constrain(String[] labels, float[] transitions) {
        int l = labels.length;
        float[] t = transitions.clone();
        for (int from = 0; from <= l; from++) {
            for (int to = 0; to < l; to++) {
                if (!allowed(labels, from, to)) {
                    t[from * l + to] = FORBIDDEN;
                }
            }
        }
        return t;
    }

    /** Viterbi over float weights (training). */
    static int[] decode(int l, float[] weights, float[] transitions, int[] rows, int[] counts, int n) {
        return decode(l, weights, transitions, rows, counts, n, null, 0);
    }

    /**
     * As above, loss-augmented: every tag but the gold one gets {@code margin} more (with {@code gold}
     * null, none), so training also corrects decodings that win by less than the margin.
     */
    static int[] decode(int l, float[] weights, float[] transitions, int[] rows, int[] counts, int n,
                        int[] gold, float margin) {
        float[] emission = emissions(l, weights, rows, counts, n, gold, margin);
        return ViterbiDecoder.allMoves(l, transitions).decode(emission, n);
    }

    /** Emission scores of every position and tag from float weights, with {@code margin} added off the gold tags. */
    private static float[] emissions(int l, float[] weights, int[] rows, int[] counts, int n, int[] gold, float margin) {
        float[] emission = new float[n * l];
        for (int i = 0; i < n; i++) {
            int base = i * NerFeatures.STRIDE;
            int e = i * l;
            for (int f = 0; f < counts[i]; f++) {
                int w = rows[base + f] * l;
                for (int y = 0; y < l; y++) {
                    emission[e + y] += weights[w + y];
                }
            }
            if (gold != null) {
                for (int y = 0; y < l; y++) {
                    emission[e + y] += y == gold[i] ? 0 : margin;
                }
            }
        }
        return emission;
    }

    /** As {@link #decode(int, float[], float[], int[], int[], int, int[], float)}, with edge features. */
    static int[] decode(int l, float[] weights, float[] transitions, int[] rows, int[] counts, int n,
                        int[] gold, float margin, float[] edges, int[] edgeRows, int[] edgeCounts) {
        float[] emission = emissions(l, weights, rows, counts, n, gold, margin);
        return ViterbiDecoder.decode(l, transitions, edgeSums(l, edges, edgeRows, edgeCounts, n), emission, n,
                FORBIDDEN / 10);
    }

    /**
     * As {@link #decode(int, float[], float[], int[], int[], int, int[], float, float[], int[], int[])}, semi-Markov:
     * with whole-segment weights ({@code segmentWeights}, {@code types} per row) read at the sentence's segment
     * rows ({@link SegmentFeatures#rows}); {@code edges} may be null.
     */
    static int[] decodeSegments(int l, float[] weights, float[] transitions, int[] rows, int[] counts, int n,
                                int[] gold, float margin, float[] edges, int[] edgeRows, int[] edgeCounts,
                                float[] segmentWeights, int[] segmentRows) {
        float[] emission = emissions(l, weights, rows, counts, n, gold, margin);
        float[] moves = edges == null ? null : edgeSums(l, edges, edgeRows, edgeCounts, n);
        float[] seg = SegmentFeatures.scores(segmentRows, n, (l - 1) / 2, segmentWeights);
        return SemiMarkovDecoder.decode(l, transitions, moves, emission, n, seg, SegmentFeatures.MAX_LENGTH);
    }

    /** Emission scores over 16-bit weights (half the memory traffic of floats). */
    private static float[] emissions(int l, short[] weights, float scale, int[] rows, int[] counts, int n) {
        float[] emission = new float[n * l];
        int[] sum = new int[l];
        for (int i = 0; i < n; i++) {
            int base = i * NerFeatures.STRIDE;
            Arrays.fill(sum, 0);
            for (int f = 0; f < counts[i]; f++) {
                int w = rows[base + f] * l;
                for (int y = 0; y < l; y++) {
                    sum[y] += weights[w + y];
                }
            }
            for (int y = 0; y < l; y++) {
                emission[i * l + y] = sum[y] * scale;
            }
        }
        return emission;
    }

    /** Writes the model: gzip of header, transitions, and weights quantised to 16 bits. */
    public void write(OutputStream out) throws IOException {
        if (edges != null || guide != null || tagBias != null || segments != null || features.letterGrams() || features.mentionRoles()
                || (features.vectorRows() & ~TrainerConfig.VECTOR_WORDS) != 0
                || (features.wide() && features.vectorRows() != 0)) {
            throw new IllegalStateException("a model with edge features is not written (per-data-set evaluations only)");
        }
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out)));
        data.writeInt(features.wide() ? MAGIC_WIDE : features.vectorRows() != 0 ? MAGIC_VECTORS : MAGIC);
        data.writeInt(bits);
        data.writeInt(labels.length);
        for (String label : labels) {
            data.writeUTF(label);
        }
        for (float t : transitions) {
            data.writeFloat(t);
        }
        data.writeFloat(scale);
        for (short w : weights) {
            data.writeShort(w);
        }
        data.flush();
        data.close();
    }

    /** Reads a model written by {@link #write}; features use the shipped lexicon. */
    public static PerceptronTagger read(InputStream in) {
        return read(in, Lexicon.standard());
    }

    static PerceptronTagger read(InputStream in, Lexicon lexicon) {
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16))) {
            int magic = data.readInt();
            if (magic != MAGIC && magic != MAGIC_WIDE && magic != MAGIC_VECTORS) {
                throw new IOException("not a tagger model");
            }
            int bits = data.readInt();
            String[] labels = new String[data.readInt()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = data.readUTF();
            }
            float[] transitions = new float[(labels.length + 1) * labels.length];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = data.readFloat();
            }
            float scale = data.readFloat();
            short[] weights = new short[(1 << bits) * labels.length];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = data.readShort();
            }
            return new PerceptronTagger(labels, bits, weights, scale, constrain(labels, transitions), lexicon,
                    magic == MAGIC_WIDE, 0, null, null, false, false, null,
                    magic == MAGIC_VECTORS ? TrainerConfig.VECTOR_WORDS : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
