package dev.intisari.core.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * How often each word is written with a capital inside a sentence in cased Indonesian news text
 * ({@code case-profile.tsv.gz}: word, capitalised count, count; built by {@code NerTrainEval#caseProfile}).
 * It gives lowercased text (NERP) back the strongest cue of news text: "jakarta" is nearly always
 * "Jakarta", "kata" never "Kata" mid-sentence. Each word gets a class: its capitalised share in six
 * bands times its count in three bands, 0 for words not in the table. Immutable and thread-safe.
 */
final class CaseProfile {
    private static final String RESOURCE = "case-profile.tsv.gz";
    /** Upper bounds of the capitalised-share bands (the last band is everything above). */
    private static final double[] SHARE_BANDS = {0.02, 0.2, 0.5, 0.8, 0.98};
    /** Upper bounds of the count bands. */
    private static final int[] COUNT_BANDS = {10, 100};

    private final LongIntMap classes;

    private CaseProfile(LongIntMap classes) {
        this.classes = classes;
    }

    /** The shipped profile (an empty one when the resource is absent). */
    static CaseProfile shipped() {
        return Holder.SHIPPED;
    }

    /** The class of a lowercased word hash ({@link TokenHash#lower}), 0 when unknown. */
    int classOf(long lowerHash) {
        return classes.get(lowerHash, 0);
    }

    /**
     * Whether the word is a common word that news text writes in lowercase inside sentences: capitalised
     * less than a fifth of the time, seen at least ten times ("infrastruktur", "manajer", "susunan"; not
     * "budi" or "agus").
     */
    boolean mostlyLowercase(long lowerHash) {
        return seenWithCapitalsUpTo(lowerHash, 1);
    }

    /**
     * Whether the word is written in lowercase more often than with a capital, seen at least ten times: a common
     * word even when names often contain it ("intelijen", "warisan", "pembinaan"; not "budi" or "sukamiskin").
     */
    boolean oftenLowercase(long lowerHash) {
        return seenWithCapitalsUpTo(lowerHash, 2);
    }

    /** Seen at least ten times, with a capital in share band {@code band} of {@code SHARE_BANDS} or a lower one. */
    private boolean seenWithCapitalsUpTo(long lowerHash, int band) {
        int c = classes.get(lowerHash, 0);
        return c != 0 && (c - 1) / (COUNT_BANDS.length + 1) <= band && (c - 1) % (COUNT_BANDS.length + 1) >= 1;
    }

    /** The class of a word written {@code capitalised} times with a capital among {@code count} times (1..). */
    static int classOf(int capitalised, int count) {
        double share = capitalised / (double) Math.max(1, count);
        int band = 0;
        while (band < SHARE_BANDS.length && share >= SHARE_BANDS[band]) {
            band++;
        }
        int size = 0;
        while (size < COUNT_BANDS.length && count >= COUNT_BANDS[size]) {
            size++;
        }
        return 1 + band * (COUNT_BANDS.length + 1) + size;
    }

    private static CaseProfile read() {
        LongIntMap map = new LongIntMap(65536);
        InputStream raw = CaseProfile.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            return new CaseProfile(map);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length == 3) {
                    map.put(TokenHash.lower(f[0]), classOf(Integer.parseInt(f[1]), Integer.parseInt(f[2])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CaseProfile(map.compacted());
    }

    /** Loads the profile on first use only (the product model does not read it). */
    private static final class Holder {
        static final CaseProfile SHIPPED = read();
    }
}
