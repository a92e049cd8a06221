package dev.intisari.core.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathPosteriorTest {
    /** Made-up sentences: someone opens something in a town. */
    private static List<TaggedSentence> corpus() {
        String[] people = {"Rudi Hartono", "Wati Susanti", "Yusuf Kalla"};
        String[] places = {"Bogor", "Kupang", "Ambon"};
        List<TaggedSentence> out = new ArrayList<>();
        for (String person : people) {
            for (String place : places) {
                List<String> words = new ArrayList<>(List.of(person.split(" ")));
                List<String> tags = new ArrayList<>(List.of("B-PER", "I-PER"));
                for (String w : new String[] {"meresmikan", "pasar", "di", place, "."}) {
                    words.add(w);
                    tags.add(w.equals(place) ? "B-LOC" : "O");
                }
                out.add(new TaggedSentence(words, tags));
            }
        }
        return out;
    }

    private static TrainerConfig config() {
        return TrainerConfig.of(16, 4, 5).withWide(true).withEdgeBits(12).withLogLoss(new TrainerConfig.LogLoss(0.1f, 1e-4f));
    }

    /**
     * The best path's probability equals its exp-score over the exp-scores of every tag path summed one by one (a
     * 5-tag, 4-word sentence: 625 paths, forbidden moves scoring 0), for a first-order model with edges and a
     * semi-Markov one; the path is the tagger's own and scores at least as high as every other path.
     */
    @Test
    void theProbabilityIsTheBestPathsShareOfEveryPath() {
        List<String> words = List.of("Wati", "Hartono", "di", "Ambon");
        for (PerceptronTagger model : List.of(new PerceptronTrainer(config()).train(corpus()),
                new PerceptronTrainer(config().withSegmentBits(14)).train(corpus()))) {
            PathPosterior.Best best = PathPosterior.of(model, words);
            assertArrayEquals(model.tag(words), best.tags());
            CharSequence[] w = words.toArray(new CharSequence[0]);
            PerceptronTagger.Lattice lattice = model.lattice(w, words.size());
            int l = model.labels().size();
            int[] bestIds = model.tagIds(w, words.size());
            double bestScore = PathPosterior.score(l, model.transitions(), lattice, bestIds);
            double sum = 0;
            int[] path = new int[words.size()];
            for (int code = 0; code < Math.pow(l, path.length); code++) {
                int rest = code;
                for (int i = 0; i < path.length; i++) {
                    path[i] = rest % l;
                    rest /= l;
                }
                double s = PathPosterior.score(l, model.transitions(), lattice, path);
                assertTrue(s <= bestScore + 1e-4, "a path above the decoded one");
                sum += Math.exp(s);
            }
            assertEquals(Math.exp(bestScore) / sum, best.probability(), 1e-6);
            assertTrue(best.probability() > 0 && best.probability() <= 1);
        }
    }

    /** A sentence like the training ones is surer than a jumble of its words; no words is a certain empty path. */
    @Test
    void aFamiliarSentenceIsSurerThanAJumble() {
        PerceptronTagger model = new PerceptronTrainer(config()).train(corpus());
        double familiar = PathPosterior.of(model, List.of("Yusuf", "Kalla", "meresmikan", "pasar", "di", "Bogor", "."))
                .probability();
        double jumble = PathPosterior.of(model, List.of("di", "Kalla", "Bogor", "Yusuf", "pasar")).probability();
        assertTrue(familiar > jumble, familiar + " vs " + jumble);
        assertEquals(1, PathPosterior.of(model, List.of()).probability());
    }
}
