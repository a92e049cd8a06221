package dev.intisari.core.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A shipped list of lowercase words (one a line, "#" comments) read into a set of token hashes, so that a stage
 * asks about token {@code i} of {@link ArticleTokens} without making a string.
 */
final class WordHashes {
    private final LongIntMap words;

    private WordHashes(LongIntMap words) {
        this.words = words;
    }

    /** Reads {@code resource}, a file beside this class. */
    static WordHashes read(String resource) {
        LongIntMap words = new LongIntMap(64);
        InputStream stream = WordHashes.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.put(TokenHash.lower(line.trim().toLowerCase(Locale.ROOT)), 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordHashes(words);
    }

    /** Whether the lowercase hash {@code w} is one of the words. */
    boolean has(long w) {
        return words.get(w, 0) != 0;
    }
}
