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
    /** The last word of every cue phrase (lowercase hashes): a word before which none ends starts no medium. */
    private final LongIntMap lastWords;

    private MediaCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        this.lastWords = new LongIntMap(cues.size());
        for (Cue c : cues) {
            lastWords.put(c.words()[c.words().length - 1], 1);
        }
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

    /** Longest medium's name read after a cue, in words. */
    private static final int MAX_WORDS = 4;

    /**
     * Retypes the places and one-off persons named right after a cue as organisations. First, after a cue that
     * never quotes a person, the run of capitalised words right after it is the medium's whole name: an untagged run
     * becomes an organisation ("dilansir Phone Arena pada Selasa"), a mention that stops inside the run is widened
     * to it. The run ends at a word that is never a name on its own (a day, a month) and at the sentence's end; an
     * untagged run that opens with a word news writes in lowercase ("dikutip dari Pengumuman Nomor …") is no name.
     */
    void retype(ArticleTokens t, MentionTable table, Lexicon lexicon) {
        for (int i = 1; i < t.size; i++) {
            Cue cue = t.capitalised[i] && t.isWord(i) ? cueBefore(t, i) : null;
            Mention at = cue != null && cue.people() ? table.at(i) : null;
            if (cue == null || !cue.people() || at != null && at.start() != i) {
                continue;
            }
            int e = i;
            while (e < t.size && e - i < MAX_WORDS && t.sameSegment(i, e) && t.capitalised[e] && t.isWord(e)
                    && lexicon.matchLength(t, e, GazetteerCategory.NOT_NAME) == 0
                    && (e == i || table.at(e) == null || table.at(e) == at)) {
                e++;
            }
            if (at == null && e > i && !CaseProfile.shipped().oftenLowercase(t.lower[i])
                    && !CommonWords.nominalisation(t.words[i])) {
                table.add(new Mention(i, e, EntityType.ORGANIZATION));
            } else if (at != null && at.end() < e) {
                table.add(new Mention(i, e, at.type()));
            }
        }
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
        if (at < 1 || lastWords.get(t.lower[at - 1], 0) == 0) {
            return null; // no cue phrase ends with the word before (nor before the first word)
        }
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
