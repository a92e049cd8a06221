package dev.intisari.core.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The candidate units of a story's key points ({@link CitingStoryExplainer}): each article's best few usable
 * sentences by their rank, bounded over the whole story so that its explanation stays linear in its size.
 */
final class StoryCandidates {
    private StoryCandidates() {
    }

    /**
     * The best {@code candidatesPerArticle} usable sentences of each article by their rank ({@code rank}: the score
     * less any penalty, also written into {@code ranked}); in a story with more candidates than
     * {@code storyCandidates}, the articles' best first, then their second best, and so on (each rank in order of
     * rank value), up to that many. Each candidate costs a pass over the postings of its terms, so the bound keeps
     * the explanation of a story linear in its size.
     */
    static boolean[] choose(IntToDoubleFunction score, IntToDoubleFunction rank, double[] ranked, StorySentences units,
                            int candidatesPerArticle, int storyCandidates) {
        int n = units.size();
        boolean[] out = new boolean[n];
        // units come article by article (StorySentences): each article's best, by rank and then unit
        List<int[]> best = new ArrayList<>();
        int total = 0;
        for (int from = 0, to; from < n; from = to) {
            int article = units.article(from);
            to = from;
            while (to < n && units.article(to) == article) {
                to++;
            }
            int[] top = best(score, rank, ranked, from, to, candidatesPerArticle);
            best.add(top);
            total += top.length;
        }
        if (total <= storyCandidates) {
            for (int[] list : best) {
                for (int u : list) {
                    out[u] = true;
                }
            }
            return out;
        }
        int chosen = 0;
        for (int level = 0; chosen < storyCandidates; level++) {
            List<Integer> atLevel = new ArrayList<>();
            for (int[] list : best) {
                if (level < list.length) {
                    atLevel.add(list[level]);
                }
            }
            atLevel.sort(Comparator.comparingDouble((Integer u) -> -ranked[u]).thenComparingInt(u -> u));
            for (int i = 0; i < atLevel.size() && chosen < storyCandidates; i++, chosen++) {
                out[atLevel.get(i)] = true;
            }
        }
        return out;
    }

    /**
     * The best {@code k} of units {@code [from, to)} (one article's) by {@code rank}, best first: higher rank, then
     * lower unit; {@code ranked} holds the rank of every unit ranked. A unit's rank is never above its
     * {@code score} (a penalty only lowers it), so units are ranked in order of score, and the rest are left
     * unranked once the {@code k}-th best rank found is above the next score: the same {@code k} as ranking every
     * unit, for the few a handful of candidates needs.
     */
    private static int[] best(IntToDoubleFunction score, IntToDoubleFunction rank, double[] ranked, int from, int to,
                              int k) {
        int[] order = new int[to - from];
        for (int i = 0; i < order.length; i++) {
            order[i] = from + i;
        }
        int[] top = new int[Math.min(k, order.length)];
        if (top.length == 0) {
            return top;
        }
        int held = 0;
        for (int r = 0; r < order.length; r++) {
            int next = r;
            for (int i = r + 1; i < order.length; i++) {
                int c = Double.compare(score.applyAsDouble(order[i]), score.applyAsDouble(order[next]));
                if (c > 0 || c == 0 && order[i] < order[next]) {
                    next = i;
                }
            }
            int unit = order[next];
            order[next] = order[r];
            order[r] = unit;
            if (held == top.length && Double.compare(ranked[top[held - 1]], score.applyAsDouble(unit)) > 0) {
                break;
            }
            rank.applyAsDouble(unit);
            // insert into the best held so far, best first
            int at = held < top.length ? held++ : top.length;
            while (at > 0 && before(unit, top[at - 1], ranked)) {
                if (at < top.length) {
                    top[at] = top[at - 1];
                }
                at--;
            }
            if (at < top.length) {
                top[at] = unit;
            }
        }
        return Arrays.copyOf(top, held);
    }

    /** Whether unit {@code a} ranks before unit {@code b}: higher rank, then lower unit. */
    private static boolean before(int a, int b, double[] ranked) {
        int c = Double.compare(ranked[a], ranked[b]);
        return c > 0 || c == 0 && a < b;
    }
}
