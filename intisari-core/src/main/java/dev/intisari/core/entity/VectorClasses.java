package dev.intisari.core.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * What the dense word vectors say of a word ({@code vector-classes.tsv.gz}, built in {@code NerTrainEval#vectorClasses}
 * by a randomized SVD of the words' positional PPMI): its spherical k-means class at 64, 256 and 1000 (packed as in
 * {@link ExchangeClusters}, 0 for an unknown word) and the signs of its leading dimensions (bit {@code d} of
 * {@link #upOf} set where dimension {@code d} is clearly positive, of {@link #downOf} where clearly negative). Read
 * by the per-data-set features ({@code -Dner.vectors}) and by a model trained with {@code TrainerConfig#VECTOR_WORDS}
 * (a product option, not shipped); loaded on first use. Immutable and thread-safe.
 */
final class VectorClasses {
    private static final String RESOURCE = "vector-classes.tsv.gz";

    private final LongIntMap classes;
    private final LongIntMap up;
    private final LongIntMap down;

    private VectorClasses(LongIntMap classes, LongIntMap up, LongIntMap down) {
        this.classes = classes;
        this.up = up;
        this.down = down;
    }

    /** The shipped file (empty when the resource is absent). */
    static VectorClasses shipped() {
        return Holder.SHIPPED;
    }

    boolean isEmpty() {
        return classes.size() == 0;
    }

    /** Packed classes of a lowercased word hash ({@link TokenHash#lower}), 0 when unknown. */
    int classesOf(long lowerHash) {
        return classes.get(lowerHash, 0);
    }

    /** The dimensions (bits 0..31) where the word's vector is clearly positive; 0 when unknown. */
    int upOf(long lowerHash) {
        return up.get(lowerHash, 0);
    }

    /** The dimensions (bits 0..31) where the word's vector is clearly negative; 0 when unknown. */
    int downOf(long lowerHash) {
        return down.get(lowerHash, 0);
    }

    private static VectorClasses read() {
        LongIntMap classes = new LongIntMap(65536);
        LongIntMap up = new LongIntMap(65536);
        LongIntMap down = new LongIntMap(65536);
        InputStream raw = VectorClasses.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            return new VectorClasses(classes, up, down);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length <= Lexicon.CLUSTER_LEVELS + 1) {
                    continue;
                }
                long key = TokenHash.lower(f[0]);
                int packed = 0;
                for (int k = 1; k <= Lexicon.CLUSTER_LEVELS; k++) {
                    packed |= (Integer.parseInt(f[k]) + 1) << (10 * (k - 1));
                }
                classes.put(key, packed);
                int u = 0;
                int d = 0;
                String signs = f[Lexicon.CLUSTER_LEVELS + 1];
                for (int k = 0; k < signs.length() && k < 32; k++) {
                    u |= signs.charAt(k) == '+' ? 1 << k : 0;
                    d |= signs.charAt(k) == '-' ? 1 << k : 0;
                }
                up.put(key, u);
                down.put(key, d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new VectorClasses(classes.compacted(), up.compacted(), down.compacted());
    }

    private static final class Holder {
        static final VectorClasses SHIPPED = read();
    }
}
