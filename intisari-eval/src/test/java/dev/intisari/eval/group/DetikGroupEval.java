package dev.intisari.eval.group;

import dev.intisari.core.cluster.ArticleFeatures;
import dev.intisari.core.cluster.ClusterInput;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Article;
import dev.intisari.model.StoryGroup;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Story clustering on detik-1000 (909 distinct articles, mostly 14-22 October 2025, one outlet), with the
 * product's entities and dedupe, in publication order, scored on the 202 articles of 21-22 October labelled by
 * event by hand (detik-events.tsv: row ids and labels only; 24 events of 2-8 articles, 106 same-event pairs).
 * The same run is also scored on the 329 articles of 14-20 October (detik-week-events.tsv: 36 events of 2-16
 * articles, 135 articles, 353 same-event pairs). Both sets are used for tuning, with the IndoSum set; they are
 * not held-out measures. The third, {@link #BLIND} (the 107 articles of 16-21 September and 4-13 October, 10 events
 * of 2-15 articles, 136 same-event pairs), was labelled in session 11 before any output on it was read and is never
 * tuned on.
 */
class DetikGroupEval {
    @Test
    void stories() throws IOException {
        List<Article> articles = IndoSumCorpus.withEntities(DetikCorpus.read(SharedData.require("detik-1000-summarization")));
        ArticleFeatures features = new ArticleFeatures();
        List<ClusterInput> inputs = GroupTuneEval.inputs(articles, features);
        List<StoryGroup> stories = new OnlineStoryClusterer().fold(inputs);
        Map<String, String> gold = labels();
        ClusteringScores s = IndoSumGridEval.score(stories, gold);
        System.out.printf("%nStories: %d detik articles clustered into %d stories; scored on %d labelled articles "
                + "(%d gold clusters, %d predicted)%n", inputs.size(), stories.size(), gold.size(), s.goldClusters(),
                s.predictedClusters());
        System.out.printf("%-9s %-7s %-6s %-9s %-7s %-6s%n", "pairP", "pairR", "pairF1", "B3P", "B3R", "B3F1");
        System.out.printf("%-9.3f %-7.3f %-6.3f %-9.3f %-7.3f %-6.3f%n", s.pairPrecision(), s.pairRecall(), s.pairF1(),
                s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1());
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(g -> g.articles().forEach(a -> storyOf.put(a, g.id())));
        printErrors(gold, storyOf);
        Map<String, String> week = labels("detik-week-events.tsv");
        ClusteringScores w = IndoSumGridEval.score(stories, week);
        System.out.printf("%nThe same run scored on the %d labelled articles of 14-20 October (%d gold clusters, %d predicted)%n",
                week.size(), w.goldClusters(), w.predictedClusters());
        System.out.printf("%-9.3f %-7.3f %-6.3f %-9.3f %-7.3f %-6.3f%n", w.pairPrecision(), w.pairRecall(), w.pairF1(),
                w.bcubedPrecision(), w.bcubedRecall(), w.bcubedF1());
        printErrors(week, storyOf);
        Map<String, String> blind = labels(BLIND);
        ClusteringScores b = IndoSumGridEval.score(stories, blind);
        System.out.printf("%nThe same run scored on the %d labelled articles of the blind set (%d gold clusters, %d predicted)%n",
                blind.size(), b.goldClusters(), b.predictedClusters());
        System.out.printf("%-9.3f %-7.3f %-6.3f %-9.3f %-7.3f %-6.3f%n", b.pairPrecision(), b.pairRecall(), b.pairF1(),
                b.bcubedPrecision(), b.bcubedRecall(), b.bcubedF1());
        printErrors(blind, storyOf);
        assertTrue(s.pairF1() >= FLOOR_PAIR_F1, "pairwise F1 " + s.pairF1());
        assertTrue(s.bcubedF1() >= FLOOR_BCUBED_F1, "B-cubed F1 " + s.bcubedF1());
        assertTrue(w.pairF1() >= FLOOR_WEEK_PAIR_F1, "14-20 October pairwise F1 " + w.pairF1());
        assertTrue(w.bcubedF1() >= FLOOR_WEEK_BCUBED_F1, "14-20 October B-cubed F1 " + w.bcubedF1());
        assertTrue(b.pairF1() >= FLOOR_BLIND_PAIR_F1, "blind set pairwise F1 " + b.pairF1());
        assertTrue(b.bcubedF1() >= FLOOR_BLIND_BCUBED_F1, "blind set B-cubed F1 " + b.bcubedF1());
    }

    /** The blind set's labels (a resource of this package). */
    static final String BLIND = "detik-blind-events.tsv";
    /**
     * Lowered in session 12 from 0.775 / 0.935: session 11's entity changes (ranks and dotted titles cut from names)
     * give 28 detik articles other names, and one knock-on joins three MBG articles to the school-kitchen event
     * (0.749 / 0.933 with the grouping code unchanged; docs/grouping.md, session 12). Raised in session 14 after
     * the day test (0.789 / 0.944 on 21-22 October, 0.816 / 0.938 on 14-20 October), a little under those.
     * Lowered in session 15 from 0.78: with the occasion keys also dated by the lead day, article 446 (the MBG
     * regulation, published on 21 October, said at the cabinet session of 20 October) joins the cabinet session's
     * story, whose next-day articles this set labels singletons while the 14-20 October set labels the session one
     * event (0.779 / 0.941; docs/grouping.md, session 15). Raised in session 16 after that label difference was
     * settled with the 14-20 October convention (1, 110, 446, 563 are the session's event; the reason is in the
     * label file's header): 0.810 / 0.949, a little under those. Raised in session 19 (the same speaker at another
     * venue: 0.821 / 0.952 and 14-20 October 0.863 / 0.942). Raised in session 23 (an article naming none of the
     * story's names has its score halved: 0.866 / 0.962 and 14-20 October 0.868 / 0.949), and again for 14-20
     * October (schools as venues: the minister's school visit leaves the cash-aid story, 0.894 / 0.953).
     */
    static final double FLOOR_PAIR_F1 = 0.855;
    static final double FLOOR_BCUBED_F1 = 0.958;
    static final double FLOOR_WEEK_PAIR_F1 = 0.885;
    static final double FLOOR_WEEK_BCUBED_F1 = 0.95;
    /** Floors of the blind set, a little under its first-sight figures (.944, .956). */
    static final double FLOOR_BLIND_PAIR_F1 = 0.93;
    static final double FLOOR_BLIND_BCUBED_F1 = 0.95;

    /** Predicted stories that mix events or split one, as label:id lists. */
    static void printErrors(Map<String, String> gold, Map<String, String> storyOf) {
        Map<String, List<String>> byStory = new LinkedHashMap<>();
        gold.keySet().forEach(id -> byStory.computeIfAbsent(storyOf.get(id), k -> new ArrayList<>()).add(id));
        Map<String, Integer> eventSize = new HashMap<>();
        gold.values().forEach(l -> eventSize.merge(l, 1, Integer::sum));
        System.out.println("Predicted stories that mix events, or hold part of one:");
        byStory.values().forEach(ids -> {
            boolean mixed = ids.stream().map(gold::get).distinct().count() > 1
                    || ids.size() > 1 && "-".equals(gold.get(ids.get(0)));
            String label = gold.get(ids.get(0));
            boolean split = !"-".equals(label) && eventSize.get(label) != ids.size();
            if (mixed || split) {
                System.out.println("  " + ids.stream().map(id -> gold.get(id) + ":" + id).toList());
            }
        });
    }

    static Map<String, String> labels() throws IOException {
        return labels("detik-events.tsv");
    }

    /** Labels of a resource file of this package: row id, event label ("-": a singleton). */
    static Map<String, String> labels(String resource) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                DetikGroupEval.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cols = line.split("\t");
                    labels.put(cols[0], cols[1]);
                }
            }
        }
        return labels;
    }
}
