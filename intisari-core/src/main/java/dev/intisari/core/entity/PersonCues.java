package dev.intisari.core.entity;

/**
 * The speech and attribution cues after which a capitalised name is a person's ("kata Fadjar", "menurut Nyuheri"),
 * read once from {@code person-cues.txt}.
 */
final class PersonCues {
    private static final PersonCues SHIPPED = new PersonCues(WordHashes.read("person-cues.txt"));

    private final WordHashes cues;

    private PersonCues(WordHashes cues) {
        this.cues = cues;
    }

    static PersonCues shipped() {
        return SHIPPED;
    }

    /** Whether word {@code w} (a lowercase hash) is such a cue. */
    boolean is(long w) {
        return cues.has(w);
    }

    /** Whether token {@code i} of {@code t} comes right after such a cue in the same segment. */
    boolean before(ArticleTokens t, int i) {
        return i > 0 && t.sameSegment(i - 1, i) && is(t.lower[i - 1]);
    }
}
