package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The medium an article cites is an organisation ("dikutip dari Science Alert", "dilansir Berita Harian",
 * "mengutip Sydney Morning Herald"): a name right after a phrase of {@code media-cues.txt} that the tagger read as
 * a place becomes an organisation, and so does a person the article names nowhere else, after the phrases that
 * never quote a person. Immutable and thread-safe.
 */
final class MediaCues {
    private static final String RESOURCE = "media-cues.txt";

    /** A cue phrase as lowercase word hashes, and whether a person after it may be the medium. */
    private record Cue(long[] words, boolean people) {
    }

    private final List<Cue> cues;

    private MediaCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    static MediaCues shipped() {
        List<Cue> cues = new ArrayList<>();
        for (String line : Lexicon.readLines(RESOURCE, false)) {
            String[] cols = line.split("\t");
            String[] words = cols[0].trim().toLowerCase(Locale.ROOT).split(" ");
            long[] hashes = new long[words.length];
            for (int i = 0; i < words.length; i++) {
                hashes[i] = TokenHash.lower(words[i]);
            }
            cues.add(new Cue(hashes, cols[1].trim().equals("people")));
        }
        return new MediaCues(cues);
    }

    /** Retypes the places and one-off persons named right after a cue as organisations. */
    void retype(ArticleTokens t, MentionTable table) {
        for (Mention m : table.list()) {
            if (m.type() == EntityType.ORGANIZATION) {
                continue;
            }
            Cue cue = cueBefore(t, m.start());
            if (cue != null && (m.type() == EntityType.LOCATION
                    || cue.people() && namedOnlyHere(t, table, m))) {
                table.add(new Mention(m.start(), m.end(), EntityType.ORGANIZATION));
            }
        }
    }

    /** The longest cue phrase ending right before token {@code at}, in its sentence, or null. */
    private Cue cueBefore(ArticleTokens t, int at) {
        Cue found = null;
        for (Cue c : cues) {
            int n = c.words().length;
            if (at - n < 0 || !t.sameSegment(at, at - n) || found != null && found.words().length >= n) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < n && match; i++) {
                match = t.lower[at - n + i] == c.words()[i];
            }
            if (match) {
                found = c;
            }
        }
        return found;
    }

    /** Whether no other mention of the article holds any word of {@code m}. */
    private static boolean namedOnlyHere(ArticleTokens t, MentionTable table, Mention m) {
        for (Mention other : table.list()) {
            if (other == m) {
                continue;
            }
            for (int k = other.start(); k < other.end(); k++) {
                for (int q = m.start(); q < m.end(); q++) {
                    if (t.lower[k] == t.lower[q]) {
                        return false;
                    }
                }
            }
        }
        for (int k = 0; k < t.size; k++) {
            if ((k < m.start() || k >= m.end()) && t.capitalised[k] && t.lower[k] == t.lower[m.end() - 1]) {
                return false;
            }
        }
        return true;
    }
}
