package dev.intisari.core.summary;

import dev.intisari.model.Article;
import dev.intisari.model.Citation;
import dev.intisari.model.StoryGroup;
import dev.intisari.model.StoryKeyPoint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A story's title ({@link CitingStoryExplainer}): the headline of one of its articles, or one made from a key point. */
final class StoryTitle {
    /** Longest headline made from a key point, and the shortest first clause that may stand as one. */
    private static final int HEADLINE = 140;
    private static final int MIN_CLAUSE = 40;

    private StoryTitle() {
    }

    /** The headline of the article carrying the most key points; nearest the story's centroid on ties. */
    static String of(StoryGroup group, List<Article> articles, List<TermsInStory> sets,
                      List<StoryKeyPoint> points, StorySentences units) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Map<String, Integer> pointsOf = new HashMap<>();
        for (StoryKeyPoint p : points) {
            p.citations().stream().map(Citation::article).distinct().forEach(id -> pointsOf.merge(id, 1, Integer::sum));
        }
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (a.title() == null || a.title().isBlank()) {
                continue;
            }
            int carried = pointsOf.getOrDefault(a.id(), 0);
            // its article's set read the headline with the story's vocabulary: the same ids, in the same order
            int[] bag = sets.get(i).titleBag();
            double score = carried + units.centroidCosine(bag);
            if (score > bestScore) {
                bestScore = score;
                best = a.title();
            }
        }
        if (best != null) {
            return best;
        }
        return points.isEmpty() ? articles.isEmpty() ? group.id() : articles.get(0).id() : headline(points.get(0).text());
    }

    /**
     * A headline made from a key point when no article has one: its first clause when that is long enough
     * to say something (at least 40 characters) and short enough for a headline, else the point cut at a word
     * with an ellipsis; a final full stop dropped.
     */
    static String headline(String point) {
        String text = point.strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.length() <= HEADLINE) {
            return text;
        }
        int comma = text.indexOf(", ", MIN_CLAUSE);
        if (comma > 0 && comma <= HEADLINE) {
            return text.substring(0, comma);
        }
        int cut = text.lastIndexOf(' ', HEADLINE - 1);
        return text.substring(0, cut > MIN_CLAUSE ? cut : HEADLINE - 1) + "…";
    }
}
