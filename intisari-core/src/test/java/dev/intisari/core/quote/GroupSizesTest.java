package dev.intisari.core.quote;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupSizesTest {
    private static final SpeakerQuoteMerger.Config CONFIG = SpeakerQuoteMerger.Config.DEFAULT;

    /**
     * The merger's test of one candidate, as {@code SpeakerQuoteMerger.bestGroup} makes it, for the most lenient form
     * and window (a repeat, the lowest overlap needed): true when it matches with a score above {@code best}.
     */
    private static boolean chosen(int ownAll, int ownTopic, int theirAll, int theirTopic, int common, int content,
                                  boolean sameSpeaker, boolean oneUnnamed, double best) {
        int own = ownAll - ownTopic;
        int theirs = theirAll - theirTopic;
        int smaller = Math.min(own, theirs);
        double jaccard = (double) common / (ownAll + theirAll - common);
        double overlap = smaller <= 0 ? 0 : (double) content / smaller;
        int smallerAll = Math.min(ownAll, theirAll);
        boolean contained = smallerAll >= CONFIG.containedWords() && common == smallerAll;
        double needed = CONFIG.outletOverlap();
        boolean match = sameSpeaker && (smaller >= CONFIG.minimumWords() && overlap >= needed || contained)
                || (sameSpeaker || oneUnnamed) && jaccard >= CONFIG.nearIdentical()
                || oneUnnamed && smaller >= CONFIG.minimumWords() && overlap >= CONFIG.unnamedOverlap();
        return match && jaccard + overlap > best;
    }

    @Test
    void passesOverOnlyWhatCouldNotBeChosen() {
        Random random = new Random(5);
        GroupSizes sizes = new GroupSizes();
        int passedOver = 0;
        for (int order = 0; order < 20000; order++) {
            int theirAll = 1 + random.nextInt(30);
            int theirTopic = random.nextInt(theirAll + 1);
            boolean unnamedGroup = random.nextInt(3) == 0;
            sizes.add(order, theirAll, theirTopic, unnamedGroup);
            boolean named = random.nextBoolean();
            int ownAll = 1 + random.nextInt(30);
            int ownTopic = random.nextInt(ownAll + 1);
            // a consistent sharing: topic words shared, other words shared
            int sharedTopic = random.nextInt(Math.min(ownTopic, theirTopic) + 1);
            int sharedOther = random.nextInt(Math.min(ownAll - ownTopic, theirAll - theirTopic) + 1);
            int common = sharedTopic + sharedOther;
            int slack = random.nextInt(4);
            double best = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 2;
            boolean may = sizes.mayMatch(order, named, ownAll, ownTopic, common + slack, best, CONFIG);
            boolean sameSpeaker = named && !unnamedGroup;
            boolean oneUnnamed = !named || unnamedGroup;
            if (!may) {
                passedOver++;
                assertFalse(chosen(ownAll, ownTopic, theirAll, theirTopic, common, sharedOther, sameSpeaker, oneUnnamed,
                        best), "order " + order);
            }
        }
        assertTrue(passedOver > 1000, "the bound passes over candidates: " + passedOver);
    }

    @Test
    void keepsNearIdenticalAndContainedStatements() {
        GroupSizes sizes = new GroupSizes();
        sizes.add(0, 10, 2, true);
        sizes.add(1, 5, 0, false);
        // "Harga beras naik karena panen gagal" told again without a speaker: nine of ten words shared
        assertTrue(sizes.mayMatch(0, true, 10, 2, 9, 0, CONFIG));
        // a five-word report of the speaker's words, all found in a longer statement of the same speaker
        assertTrue(sizes.mayMatch(1, true, 12, 0, 5, 0, CONFIG));
        // one shared word of ten, against an unnamed group: cannot be near-identical
        assertFalse(sizes.mayMatch(0, true, 10, 2, 1, 0, CONFIG));
        // a match already scoring 2 (the most a score can be) is never beaten
        assertFalse(sizes.mayMatch(1, true, 5, 0, 5, 2.0, CONFIG));
    }
}
