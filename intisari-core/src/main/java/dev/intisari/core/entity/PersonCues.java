package dev.intisari.core.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The speech and attribution cues after which a capitalised name is a person's ("kata Fadjar", "menurut Nyuheri"),
 * read once from {@code person-cues.txt}.
 */
final class PersonCues {
    private static final PersonCues SHIPPED = new PersonCues(read());

    private final LongIntMap cues;

    private PersonCues(LongIntMap cues) {
        this.cues = cues;
    }

    static PersonCues shipped() {
        return SHIPPED;
    }

    /** Whether word {@code w} (a lowercase hash) is such a cue. */
    boolean is(long w) {
        return cues.get(w, 0) != 0;
    }

    /** Whether token {@code i} of {@code t} comes right after such a cue in the same segment. */
    boolean before(ArticleTokens t, int i) {
        return i > 0 && t.sameSegment(i - 1, i) && is(t.lower[i - 1]);
    }

    private static LongIntMap read() {
        LongIntMap cues = new LongIntMap(64);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PersonCues.class.getResourceAsStream("person-cues.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cues.put(TokenHash.lower(line.trim().toLowerCase(Locale.ROOT)), 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cues;
    }
}
