package dev.intisari.core.quote;

import java.util.Arrays;

/**
 * The sizes of a story's statement groups by position ({@link SpeakerQuoteMerger}): how many words each holds, how
 * many of them are topic words, and whether it has no speaker. From these and a candidate's shared-word count alone
 * an upper bound of every measure the merger compares is known, so a candidate that cannot match the statement, or
 * cannot score above the best candidate so far, is passed over without reading its group (in a large story mostly a
 * cache miss) or searching its words. Every bound is at least the value the merger computes, through the same
 * arithmetic (division and addition round monotonically), so what it passes over could not have been chosen. Not
 * thread-safe: one per merge.
 */
final class GroupSizes {
    private int[] words = new int[64];
    private int[] topicWords = new int[64];
    private boolean[] unnamed = new boolean[64];

    /** Group {@code order} (the next position) holds {@code words} words, {@code topicWords} of them topic words. */
    void add(int order, int words, int topicWords, boolean unnamed) {
        if (order == this.words.length) {
            this.words = Arrays.copyOf(this.words, 2 * order);
            this.topicWords = Arrays.copyOf(this.topicWords, 2 * order);
            this.unnamed = Arrays.copyOf(this.unnamed, 2 * order);
        }
        this.words[order] = words;
        this.topicWords[order] = topicWords;
        this.unnamed[order] = unnamed;
    }

    /** Whether group {@code order} has no speaker. */
    boolean unnamed(int order) {
        return unnamed[order];
    }

    /**
     * Whether group {@code order} may match a statement of {@code ownAll} words ({@code ownTopic} of them topic words;
     * {@code named}: it has a speaker) sharing at most {@code commonAtMost} words with it, with a score above
     * {@code bestScore}: false only when no outcome of the merger's test allows both.
     */
    boolean mayMatch(int order, boolean named, int ownAll, int ownTopic, int commonAtMost, double bestScore,
                     SpeakerQuoteMerger.Config config) {
        int theirAll = words[order];
        int smallerAll = Math.min(ownAll, theirAll);
        int common = Math.min(commonAtMost, smallerAll);
        int own = ownAll - ownTopic;
        int theirs = theirAll - topicWords[order];
        int smaller = Math.min(own, theirs);
        // the shared words that are not topic words: at most the shared words, and at most either side's own
        int content = Math.min(common, smaller);
        double jaccard = (double) common / (ownAll + theirAll - common);
        double overlap = smaller <= 0 ? 0 : (double) content / smaller;
        if (!(jaccard + overlap > bestScore)) {
            return false;
        }
        boolean sameSpeaker = named && !unnamed[order];
        boolean oneUnnamed = !named || unnamed[order];
        double needed = Math.min(Math.min(config.sameSpeakerOverlap(), config.acrossOverlap()), config.outletOverlap());
        boolean contained = config.containedWords() > 0 && smallerAll >= config.containedWords()
                && common == smallerAll;
        return sameSpeaker && (smaller >= config.minimumWords() && overlap >= needed || contained)
                || (sameSpeaker || oneUnnamed) && jaccard >= config.nearIdentical()
                || oneUnnamed && smaller >= config.minimumWords() && overlap >= config.unnamedOverlap();
    }
}
