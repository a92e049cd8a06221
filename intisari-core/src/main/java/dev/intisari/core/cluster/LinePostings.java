package dev.intisari.core.cluster;

import java.util.Arrays;

/**
 * The storyline linker's inverted index: for each term id, the storylines whose stories have the term among
 * their top terms (each line once, in order of first posting), and how many stories posted it. A term posted
 * by more stories than the cap is too common to find candidates by: it is no longer read nor grown, as
 * before, when the postings held stories. Holding lines instead of stories is exact for the candidate tally
 * ({@link OverlapTally} counts a line once per term however many of its stories carry the term), and a query
 * reads each line once per term with no hop from story to line. Term and line ids are dense, from 0. Not
 * thread-safe; one index serves one linking run.
 */
final class LinePostings {
    private static final int[] NONE = new int[0];
    private final int cap;
    /** Per term: stories posted, up to one past the cap. */
    private int[] stories = new int[1024];
    /** Per term: its lines (the first {@link #sizes} entries). */
    private int[][] lines = new int[1024][];
    private int[] sizes = new int[1024];
    /** Per line: the terms it is posted under, sorted (the first {@link #termCounts} entries). */
    private int[][] terms = new int[256][];
    private int[] termCounts = new int[256];

    LinePostings(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive");
        }
        this.cap = cap;
    }

    /** Whether {@code term} has postings and is not past the cap. */
    boolean readable(int term) {
        return term < stories.length && stories[term] > 0 && stories[term] <= cap;
    }

    /** The lines under {@code term}: the first {@link #size} entries. */
    int[] lines(int term) {
        return term < lines.length && lines[term] != null ? lines[term] : NONE;
    }

    int size(int term) {
        return term < sizes.length ? sizes[term] : 0;
    }

    /** Posts a story of {@code line} under {@code term} (nothing once the term is past the cap). */
    void post(int term, int line) {
        if (term >= stories.length) {
            int size = Math.max(term + 1, stories.length * 2);
            stories = Arrays.copyOf(stories, size);
            lines = Arrays.copyOf(lines, size);
            sizes = Arrays.copyOf(sizes, size);
        }
        if (stories[term] > cap) {
            return;
        }
        stories[term]++;
        if (!addTerm(line, term)) {
            return; // an earlier story of the line posted it
        }
        int[] posting = lines[term];
        if (posting == null || sizes[term] == posting.length) {
            posting = posting == null ? new int[4] : Arrays.copyOf(posting, posting.length * 2);
            lines[term] = posting;
        }
        posting[sizes[term]++] = line;
    }

    /** Adds {@code term} to the line's terms; false when it was there. */
    private boolean addTerm(int line, int term) {
        if (line >= terms.length) {
            int size = Math.max(line + 1, terms.length * 2);
            terms = Arrays.copyOf(terms, size);
            termCounts = Arrays.copyOf(termCounts, size);
        }
        int[] held = terms[line];
        int count = termCounts[line];
        int at = held == null ? -1 : Arrays.binarySearch(held, 0, count, term);
        if (at >= 0) {
            return false;
        }
        int insert = -at - 1;
        if (held == null || count == held.length) {
            held = held == null ? new int[8] : Arrays.copyOf(held, held.length * 2);
            terms[line] = held;
        }
        System.arraycopy(held, insert, held, insert + 1, count - insert);
        held[insert] = term;
        termCounts[line] = count + 1;
        return true;
    }
}
