package dev.intisari.core.entity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SemiMarkovDecoderTest {
    private static final String[] LABELS = {"O", "B-EVT", "I-EVT", "B-PER", "I-PER"};

    @Test
    void withNoSegmentScoresItFindsTheFirstOrderViterbiPath() {
        Random random = new Random(11);
        int l = LABELS.length;
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(7);
            float[] transitions = new float[(l + 1) * l];
            for (int k = 0; k < transitions.length; k++) {
                transitions[k] = random.nextFloat() * 4 - 2;
            }
            transitions = PerceptronTagger.constrain(LABELS, transitions);
            float[] emission = new float[n * l];
            for (int k = 0; k < emission.length; k++) {
                emission[k] = random.nextFloat() * 6 - 3;
            }
            float[] edges = round % 2 == 0 ? null : new float[n * (l + 1) * l];
            for (int k = 0; edges != null && k < edges.length; k++) {
                edges[k] = random.nextFloat() - 0.5f;
            }
            int[] viterbi = edges == null ? ViterbiDecoder.without(l, transitions, -1e30f).decode(emission, n)
                    : ViterbiDecoder.decode(l, transitions, edges, emission, n, -1e29f);
            int[] semi = SemiMarkovDecoder.decode(l, transitions, edges, emission, n,
                    new float[n * SegmentFeatures.MAX_LENGTH * 2], SegmentFeatures.MAX_LENGTH);
            assertArrayEquals(viterbi, semi, "round " + round);
        }
    }

    @Test
    void aSegmentScoreDecidesWhereTheNameEnds() {
        int l = LABELS.length;
        int n = 4;
        float[] transitions = PerceptronTagger.constrain(LABELS, new float[(l + 1) * l]);
        float[] emission = new float[n * l];
        emission[1] = 2;
        float[] segments = new float[n * SegmentFeatures.MAX_LENGTH * 2];
        // "Piala Dunia 2018 digelar": the three-word event wins once its whole segment scores
        segments[(0 * SegmentFeatures.MAX_LENGTH + 2) * 2] = 5;
        int[] tags = SemiMarkovDecoder.decode(l, transitions, null, emission, n, segments, SegmentFeatures.MAX_LENGTH);
        assertArrayEquals(new int[] {1, 2, 2, 0}, tags);
        segments[(0 * SegmentFeatures.MAX_LENGTH + 2) * 2] = 0;
        assertArrayEquals(new int[] {1, 0, 0, 0},
                SemiMarkovDecoder.decode(l, transitions, null, emission, n, segments, SegmentFeatures.MAX_LENGTH));
    }

    /** Events of two to four words that open with a cue word and close with a year (made-up sentences). */
    private static List<TaggedSentence> events() {
        String[][] names = {{"piala", "dunia", "2018"}, {"liga", "champions", "2019"}, {"pekan", "olahraga", "nasional", "2016"},
                {"asian", "games", "2018"}, {"piala", "presiden", "2017"}};
        String[] heads = {"ajang", "gelaran", "turnamen"};
        List<TaggedSentence> out = new ArrayList<>();
        for (String[] name : names) {
            for (String head : heads) {
                List<String> words = new ArrayList<>(List.of("tim", "itu", "tampil", "di", head));
                List<String> tags = new ArrayList<>(List.of("O", "O", "O", "O", "O"));
                for (int k = 0; k < name.length; k++) {
                    words.add(name[k]);
                    tags.add(k == 0 ? "B-EVT" : "I-EVT");
                }
                words.add("kemarin");
                tags.add("O");
                out.add(new TaggedSentence(words, tags));
            }
        }
        return out;
    }

    @Test
    void aSegmentModelLearnsDecodesValidTagsAndIsNotWritten() {
        PerceptronTrainer trainer = new PerceptronTrainer(TrainerConfig.of(16, 4, 3).withWide(true).withEdgeBits(12).withSegmentBits(14));
        PerceptronTagger model = trainer.train(events());
        List<String> words = List.of("tim", "itu", "tampil", "di", "ajang", "asian", "games", "2018", "kemarin");
        assertArrayEquals(new String[] {"O", "O", "O", "O", "O", "B-EVT", "I-EVT", "I-EVT", "O"}, model.tag(words));
        assertArrayEquals(model.tag(List.of("liga", "2017", "di")), trainer.train(events()).tag(List.of("liga", "2017", "di")));
        for (String sentence : new String[] {"2018 piala", "games asian liga dunia 2019 di", "x"}) {
            String[] tags = model.tag(List.of(sentence.split(" ")));
            for (int i = 0; i < tags.length; i++) {
                if (tags[i].startsWith("I-")) {
                    assertTrue(i > 0 && tags[i - 1].substring(2).equals(tags[i].substring(2)), String.join(" ", tags));
                }
            }
        }
        assertThrows(IllegalStateException.class, () -> model.write(new ByteArrayOutputStream()));
        assertThrows(IllegalArgumentException.class,
                () -> new PerceptronTrainer(TrainerConfig.of(16, 2, 3).withWide(true).withSegmentBits(14)).train(events(), 2, null));
    }
}
