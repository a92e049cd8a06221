package dev.intisari.core.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Class-based language-model word clusters ({@code exchange-clusters.tsv.gz}: word and its class at 64,
 * 256 and 1000 classes, built by the exchange algorithm in {@code NerTrainEval#exchangeClusters}): a
 * second, differently made clustering next to the PPMI clusters of {@link Lexicon}. Packed as there, level
 * {@code k} (class + 1) in bits 10k..10k+9, 0 for an unknown word. Read by the wide (per-data-set)
 * features only; loaded on first use. Immutable and thread-safe.
 */
final class ExchangeClusters {
    private static final String RESOURCE = "exchange-clusters.tsv.gz";
    private static final String LEFT = "exchange-left.tsv.gz";
    private static final String RIGHT = "exchange-right.tsv.gz";

    private final LongIntMap classes;

    private ExchangeClusters(LongIntMap classes) {
        this.classes = classes;
    }

    /** The shipped clusters (empty when the resource is absent). */
    static ExchangeClusters shipped() {
        return Holder.SHIPPED;
    }

    /**
     * The one-sided clusters of the same text: classes for a model that predicts the word from the word
     * before it only ({@code exchange-left.tsv.gz}); empty when the resource is absent.
     */
    static ExchangeClusters leftHistory() {
        return Holder.LEFT_HISTORY;
    }

    /** As {@link #leftHistory}, from the word after it only ({@code exchange-right.tsv.gz}). */
    static ExchangeClusters rightHistory() {
        return Holder.RIGHT_HISTORY;
    }

    /** Whether no word has a class (the resource was absent). */
    boolean isEmpty() {
        return classes.size() == 0;
    }

    /** Packed classes of a lowercased word hash ({@link TokenHash#lower}), 0 when unknown. */
    int classesOf(long lowerHash) {
        return classes.get(lowerHash, 0);
    }

    private static ExchangeClusters read(String resource) {
        LongIntMap map = new LongIntMap(65536);
        InputStream raw = ExchangeClusters.class.getResourceAsStream(resource);
        if (raw == null) {
            return new ExchangeClusters(map);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t");
                int packed = 0;
                for (int k = 1; k < f.length && k <= Lexicon.CLUSTER_LEVELS; k++) {
                    packed |= (Integer.parseInt(f[k]) + 1) << (10 * (k - 1));
                }
                map.put(TokenHash.lower(f[0]), packed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExchangeClusters(map.compacted());
    }

    private static final class Holder {
        static final ExchangeClusters SHIPPED = read(RESOURCE);
        static final ExchangeClusters LEFT_HISTORY = read(LEFT);
        static final ExchangeClusters RIGHT_HISTORY = read(RIGHT);
    }
}
