package dev.intisari.core.cluster;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryMergeTest {
    private static StoryCentroid story(ClusterState state, String id, long sequence, long[] terms, String... articles) {
        StoryCentroid s = new StoryCentroid(id, sequence, Instant.parse("2025-06-02T08:00:00Z"));
        TermVector vector = new TermVector(terms, new double[] {0.6, 0.8}, 2);
        for (String a : articles) {
            s.add(a, Instant.parse("2025-06-02T08:00:00Z"), vector, TermVector.EMPTY, 300, 0);
            state.storyOfArticle.put(a, s);
        }
        state.index(s, terms);
        state.touch(s);
        return s;
    }

    /**
     * A merge leaves the absorbed story's articles pointing at it, and they lead to the story that absorbed it, also
     * after a second merge; when that story retires, its articles and the absorbed ones' leave the state together.
     */
    @Test
    void articlesOfAnAbsorbedStoryLeadToTheStoryThatAbsorbedIt() {
        ClusterState state = new ClusterState(ClusterConfig.news());
        StoryCentroid banjir = story(state, "s-banjir", 0, new long[] {11, 12}, "banjir-bekasi-1", "banjir-bekasi-2");
        StoryCentroid tanggul = story(state, "s-tanggul", 1, new long[] {12, 13}, "tanggul-jebol-1");
        StoryCentroid pengungsi = story(state, "s-pengungsi", 2, new long[] {13, 14}, "pengungsi-1", "pengungsi-2");

        banjir.absorb(tanggul, 300, 0);
        state.absorbInto(tanggul, banjir);
        assertEquals("s-banjir", state.storyOf("tanggul-jebol-1"));
        assertEquals(0, tanggul.members.size(), "the absorbed story keeps only its link");
        assertEquals(0, tanggul.terms.size());

        banjir.absorb(pengungsi, 300, 0);
        state.absorbInto(pengungsi, banjir);
        assertEquals("s-banjir", state.storyOf("pengungsi-2"));
        assertSame(banjir, state.storyOfArticle("tanggul-jebol-1"));
        assertEquals(1, state.activeStories());
        assertEquals(5, banjir.members.size());
        assertNull(state.postings.get(14), "an absorbed story leaves the postings");

        state.retire(banjir);
        assertTrue(state.storyOfArticle.isEmpty(), "left: " + state.storyOfArticle.keySet());
        assertNull(state.storyOf("banjir-bekasi-1"));
        assertNull(state.storyOf("pengungsi-1"));
    }
}
