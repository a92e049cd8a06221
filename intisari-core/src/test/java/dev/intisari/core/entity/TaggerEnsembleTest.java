package dev.intisari.core.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaggerEnsembleTest {
    /** Made-up sentences: someone visits a town, or a town hosts someone. */
    private static List<TaggedSentence> corpus() {
        String[] people = {"Rudi Hartono", "Wati Susanti", "Yusuf Kalla", "Dewi Lestari"};
        String[] places = {"Bogor", "Kupang", "Ambon", "Sorong"};
        List<TaggedSentence> out = new ArrayList<>();
        for (String person : people) {
            for (String place : places) {
                List<String> words = new ArrayList<>(List.of(person.split(" ")));
                List<String> tags = new ArrayList<>(List.of("B-PER", "I-PER"));
                for (String w : new String[] {"berkunjung", "ke", place, "kemarin", "."}) {
                    words.add(w);
                    tags.add(w.equals(place) ? "B-LOC" : "O");
                }
                out.add(new TaggedSentence(words, tags));
                out.add(new TaggedSentence(List.of("warga", place, "menyambut", person.split(" ")[1]),
                        List.of("O", "B-LOC", "O", "B-PER")));
            }
        }
        return out;
    }

    /** Sentences to decode: seen and unseen names, a short one, an empty one. */
    private static final List<List<String>> SENTENCES = List.of(
            List.of("Wati", "Hartono", "berkunjung", "ke", "Sorong", "kemarin", "."),
            List.of("warga", "Merauke", "menyambut", "Lestari"),
            List.of("Bambang", "Pamungkas", "ke", "Ambon"),
            List.of("Kupang"),
            List.of());

    private static final TrainerConfig FIRST_ORDER = TrainerConfig.of(16, 3, 11).withWide(true).withEdgeBits(12);
    private static final TrainerConfig SEMI_MARKOV = FIRST_ORDER.withSegmentBits(14);

    private static PerceptronTagger train(TrainerConfig config, long seed) {
        return new PerceptronTrainer(config.withSeed(seed)).train(corpus());
    }

    /** One member, or one member twice: the ensemble tags as the member does, summed and voted. */
    @Test
    void aSingleMemberIsItself() {
        for (TrainerConfig config : List.of(TrainerConfig.of(16, 3, 11), FIRST_ORDER, SEMI_MARKOV)) {
            PerceptronTagger model = train(config, 11);
            TaggerEnsemble once = new TaggerEnsemble(model.labels(), SENTENCES);
            once.add(model);
            TaggerEnsemble twice = new TaggerEnsemble(model.labels(), SENTENCES);
            twice.add(model);
            twice.add(model);
            for (int j = 0; j < SENTENCES.size(); j++) {
                String[] own = model.tag(SENTENCES.get(j));
                assertArrayEquals(own, once.summed(j));
                assertArrayEquals(own, once.voted(j));
                assertArrayEquals(own, twice.summed(j));
                assertArrayEquals(own, twice.voted(j));
                assertArrayEquals(own, twice.member(1, j));
            }
        }
    }

    /**
     * The summed decoding is the path with the highest score summed over the members' lattices: every tag path of a
     * 4-word sentence (5 tags: 625 paths) scores no higher, for first-order members with edges and semi-Markov ones.
     */
    @Test
    void theSummedPathIsBestUnderTheSummedScores() {
        List<String> words = SENTENCES.get(2);
        CharSequence[] w = words.toArray(new CharSequence[0]);
        for (TrainerConfig config : List.of(FIRST_ORDER, SEMI_MARKOV)) {
            List<PerceptronTagger> members = List.of(train(config, 1), train(config, 2), train(config, 3));
            TaggerEnsemble ensemble = new TaggerEnsemble(members.get(0).labels(), List.of(words));
            members.forEach(ensemble::add);
            List<String> labels = members.get(0).labels();
            int l = labels.size();
            String[] summed = ensemble.summed(0);
            int[] best = new int[words.size()];
            for (int i = 0; i < best.length; i++) {
                best[i] = labels.indexOf(summed[i]);
            }
            double bestScore = sum(members, w, best);
            int[] path = new int[words.size()];
            for (int code = 0; code < Math.pow(l, path.length); code++) {
                int rest = code;
                for (int i = 0; i < path.length; i++) {
                    path[i] = rest % l;
                    rest /= l;
                }
                assertTrue(sum(members, w, path) <= bestScore + 1e-3, "a path above the summed decoding");
            }
        }
    }

    private static double sum(List<PerceptronTagger> members, CharSequence[] w, int[] path) {
        double s = 0;
        for (PerceptronTagger m : members) {
            s += PathPosterior.score(m.labels().size(), m.transitions(), m.lattice(w, w.length), path);
        }
        return s;
    }

    /** The vote keeps exactly the names (first word, length, type) that two of three members found. */
    @Test
    void theVoteKeepsTheNamesOfMostMembers() {
        List<PerceptronTagger> members = List.of(train(FIRST_ORDER, 1), train(SEMI_MARKOV, 2),
                train(TrainerConfig.of(16, 1, 3), 3));
        TaggerEnsemble ensemble = new TaggerEnsemble(members.get(0).labels(), SENTENCES);
        members.forEach(ensemble::add);
        for (int j = 0; j < SENTENCES.size(); j++) {
            Map<String, Integer> votes = new HashMap<>();
            for (int m = 0; m < 3; m++) {
                for (String name : names(ensemble.member(m, j))) {
                    votes.merge(name, 1, Integer::sum);
                }
            }
            List<String> kept = new ArrayList<>();
            votes.forEach((name, count) -> {
                if (count >= 2) {
                    kept.add(name);
                }
            });
            List<String> voted = names(ensemble.voted(j));
            assertEquals(kept.size(), voted.size(), String.join(" ", SENTENCES.get(j)));
            assertTrue(voted.containsAll(kept));
        }
    }

    /** A tag path's names as "start+length:type". */
    private static List<String> names(String[] tags) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].startsWith("B-")) {
                int end = i + 1;
                while (end < tags.length && tags[end].equals("I-" + tags[i].substring(2))) {
                    end++;
                }
                out.add(i + "+" + (end - i) + ":" + tags[i].substring(2));
            }
        }
        return out;
    }

    /**
     * The posterior vote keeps exactly the names whose probability, averaged over three log-loss members, is above one
     * half, each member's probability counted over every tag path of a 4-word sentence one by one (625 paths; forbidden
     * moves count 0), for first-order members with edges and semi-Markov ones; the posterior decoding is that vote at
     * one half, and at 0.2 no tag path's names sum more probability above the threshold than its names.
     */
    @Test
    void thePosteriorVoteKeepsTheNamesMoreThanHalfSure() {
        TrainerConfig logLoss = TrainerConfig.of(16, 1, 11).withWide(true).withEdgeBits(12)
                .withLogLoss(new TrainerConfig.LogLoss(0.1f, 1e-4f));
        int kept = 0;
        for (TrainerConfig config : List.of(logLoss, logLoss.withSegmentBits(14))) {
            List<PerceptronTagger> members = List.of(train(config, 1), train(config, 2), train(config, 3));
            List<List<String>> sentences = List.of(SENTENCES.get(1), SENTENCES.get(2));
            TaggerEnsemble ensemble = new TaggerEnsemble(members.get(0).labels(), sentences, true);
            members.forEach(ensemble::add);
            for (int j = 0; j < sentences.size(); j++) {
                Map<String, Double> probability = new HashMap<>();
                for (PerceptronTagger m : members) {
                    pathByPath(m, sentences.get(j)).forEach((name, p) -> probability.merge(name, p / 3, Double::sum));
                }
                List<String> sure = new ArrayList<>();
                probability.forEach((name, p) -> {
                    if (p > 0.5) {
                        sure.add(name);
                    }
                });
                List<String> voted = names(ensemble.posteriorVoted(j));
                assertEquals(sure.size(), voted.size(), sentences.get(j) + " " + probability);
                assertTrue(voted.containsAll(sure));
                assertEquals(voted, names(ensemble.posteriorDecoded(j, 0.5)));
                List<String> labels = members.get(0).labels();
                double best = 0;
                String[] tags = new String[sentences.get(j).size()];
                for (int code = 0; code < Math.pow(labels.size(), tags.length); code++) {
                    int rest = code;
                    for (int i = 0; i < tags.length; i++) {
                        tags[i] = labels.get(rest % labels.size());
                        rest /= labels.size();
                    }
                    best = Math.max(best, gain(names(tags), probability, 0.2));
                }
                assertEquals(best, gain(names(ensemble.posteriorDecoded(j, 0.2)), probability, 0.2), 1e-5);
                kept += voted.size();
            }
        }
        assertTrue(kept > 0, "no name kept at all");
        TaggerEnsemble without = new TaggerEnsemble(List.of("O", "B-ORG", "I-ORG"), SENTENCES);
        without.add(new PerceptronTrainer(TrainerConfig.of(16, 1, 1)).train(List.of(
                new TaggedSentence(List.of("Kupang"), List.of("B-ORG")))));
        assertThrows(IllegalStateException.class, () -> without.posteriorVoted(0));
    }

    /** The names' summed probability above the threshold (a name at or below it counts what it costs). */
    private static double gain(List<String> names, Map<String, Double> probability, double threshold) {
        double sum = 0;
        for (String name : names) {
            sum += probability.getOrDefault(name, 0.0) - threshold;
        }
        return sum;
    }

    /** Each name's posterior probability under one member, summed over every tag path of the sentence one by one. */
    private static Map<String, Double> pathByPath(PerceptronTagger model, List<String> words) {
        CharSequence[] w = words.toArray(new CharSequence[0]);
        PerceptronTagger.Lattice lattice = model.lattice(w, w.length);
        List<String> labels = model.labels();
        int l = labels.size();
        Map<String, Double> weight = new HashMap<>();
        double total = 0;
        int[] path = new int[w.length];
        String[] tags = new String[w.length];
        for (int code = 0; code < Math.pow(l, path.length); code++) {
            int rest = code;
            for (int i = 0; i < path.length; i++) {
                path[i] = rest % l;
                tags[i] = labels.get(path[i]);
                rest /= l;
            }
            double e = Math.exp(PathPosterior.score(l, model.transitions(), lattice, path));
            total += e;
            for (String name : names(tags)) {
                weight.merge(name, e, Double::sum);
            }
        }
        double sum = total;
        weight.replaceAll((name, e) -> e / sum);
        return weight;
    }

    /** Members of another tag set, and an ensemble with no member, are refused. */
    @Test
    void membersShareOneTagSet() {
        TaggerEnsemble ensemble = new TaggerEnsemble(List.of("O", "B-ORG", "I-ORG"), SENTENCES);
        assertThrows(IllegalStateException.class, () -> ensemble.summed(0));
        assertThrows(IllegalArgumentException.class, () -> ensemble.add(train(FIRST_ORDER, 1)));
    }
}
