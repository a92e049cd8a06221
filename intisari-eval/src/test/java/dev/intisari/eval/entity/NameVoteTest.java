package dev.intisari.eval.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NameVoteTest {
    /** "Menteri Sri Mulyani tiba di Bandung" (made up), as three taggers might tag it. */
    private static final String[] RIGHT = {"O", "B-PER", "I-PER", "O", "O", "B-LOC"};
    private static final String[] SHORT = {"O", "B-PER", "O", "O", "O", "B-LOC"};
    private static final String[] TITLED = {"B-PER", "I-PER", "I-PER", "O", "O", "B-ORG"};

    @Test
    void aNameMostPathsHaveIsKept() {
        assertArrayEquals(RIGHT, NameVote.of(List.of(RIGHT, SHORT, RIGHT)));
    }

    @Test
    void aNameHalfThePathsHaveIsNot() {
        assertArrayEquals(new String[] {"O", "O", "O", "O", "O", "B-LOC"}, NameVote.of(List.of(RIGHT, SHORT)));
    }

    @Test
    void threeDifferentSpansLeaveThePersonOutAndKeepThePlaceTwoShare() {
        assertArrayEquals(new String[] {"O", "O", "O", "O", "O", "B-LOC"}, NameVote.of(List.of(RIGHT, SHORT, TITLED)));
    }

    @Test
    void oneTypeAgainstAnotherIsNoAgreement() {
        String[] org = {"O", "B-ORG", "I-ORG", "O", "O", "B-LOC"};
        assertArrayEquals(new String[] {"O", "O", "O", "O", "O", "B-LOC"}, NameVote.of(List.of(RIGHT, org)));
    }

    @Test
    void onePathIsItself() {
        assertArrayEquals(TITLED, NameVote.of(List.<String[]>of(TITLED)));
    }

    @Test
    void noPathIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NameVote.of(List.of()));
    }
}
