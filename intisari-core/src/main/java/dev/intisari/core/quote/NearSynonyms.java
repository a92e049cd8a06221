package dev.intisari.core.quote;

import org.apache.lucene.analysis.id.IndonesianStemmer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Near-synonyms of news statements ({@code near-synonyms.txt}): each stemmed word of a line stands for the line's
 * first, so that two outlets' wordings of one statement share the word ("informasi keliru" / "informasi salah",
 * "korban tewas" / "korban meninggal"). Stemmed as {@link StatementWords} stems. Immutable and thread-safe.
 */
final class NearSynonyms {
    static final NearSynonyms INDONESIAN = read("near-synonyms.txt");

    /** Stem → the stem of the first word of its line (only words that have another). */
    private final Map<String, String> head;

    private NearSynonyms(Map<String, String> head) {
        this.head = Map.copyOf(head);
    }

    /** The word {@code stem} is compared as: the head of its line, or itself. */
    String of(String stem) {
        return head.getOrDefault(stem, stem);
    }

    private static NearSynonyms read(String name) {
        try (InputStream in = NearSynonyms.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            IndonesianStemmer stemmer = new IndonesianStemmer();
            Map<String, String> head = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String first = null;
                for (String word : line.split("\\s+")) {
                    char[] chars = word.toLowerCase(Locale.ROOT).toCharArray();
                    String stem = new String(chars, 0, stemmer.stem(chars, chars.length, true));
                    if (first == null) {
                        first = stem;
                    } else if (!stem.equals(first) && head.putIfAbsent(stem, first) != null) {
                        throw new IllegalStateException(name + ": '" + word + "' is on two lines");
                    }
                }
            }
            return new NearSynonyms(head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
