package dev.intisari.eval.summary;

import dev.intisari.core.summary.SentenceSet;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Five similarity columns whose term weights come from a corpus, not from the article's own sentences (session 14,
 * eval only): the shipped TF-IDF counts a term's spread over the article's sentences, so the words an article is
 * about (in many of its sentences) weigh least. Here a term weighs {@code log((N + 1) / (df + 1)) + 1}, where
 * {@code df} of {@code N} training articles hold it (texts only, no labels). Per sentence: cosine with the article's
 * centroid under these weights, that cosine's rank (1 / (rank + 1)), cosine with the first sentence, cosine with the
 * headline, and the mean weight of its terms (how specific its words are).
 */
final class CorpusIdfColumns {
    static final int COLUMNS = 5;

    private CorpusIdfColumns() {
    }

    /** Document frequencies of stems over a set of articles. */
    record Table(Map<String, Integer> df, int documents) {
        double weight(String stem) {
            return Math.log((documents + 1.0) / (df.getOrDefault(stem, 0) + 1.0)) + 1;
        }

        /** The table of the given articles' distinct stems. */
        static Table of(Collection<String[]> articles) {
            Map<String, Integer> df = new HashMap<>();
            for (String[] stems : articles) {
                for (String s : stems) {
                    df.merge(s, 1, Integer::sum);
                }
            }
            return new Table(df, articles.size());
        }
    }

    /** The article's distinct stems, for {@link Table#of}. */
    static String[] distinctStems(SentenceSet set, String[] stemOf) {
        return Arrays.stream(allTerms(set)).mapToObj(t -> stemOf[t]).toArray(String[]::new);
    }

    private static int[] allTerms(SentenceSet set) {
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        for (int i = 0; i < set.size(); i++) {
            for (int t : set.terms(i)) {
                all.add(t);
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code rows} with the five columns appended; {@code stemOf} maps the set's term ids to stems. */
    static double[][] append(double[][] rows, SentenceSet set, String[] stemOf, int[] titleTerms, Table table) {
        int n = set.size();
        Map<Integer, Double> centroid = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int t : set.terms(i)) {
                centroid.merge(t, table.weight(stemOf[t]), Double::sum);
            }
        }
        double[] toCentroid = new double[n];
        for (int i = 0; i < n; i++) {
            toCentroid[i] = cosine(set.terms(i), centroid, stemOf, table);
        }
        Map<Integer, Double> first = n == 0 ? Map.of() : vector(set.terms(0), stemOf, table);
        Map<Integer, Double> title = vector(titleTerms, stemOf, table);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            int rank = 0;
            for (int j = 0; j < n; j++) {
                rank += toCentroid[j] > toCentroid[i] || toCentroid[j] == toCentroid[i] && j < i ? 1 : 0;
            }
            int[] terms = set.terms(i);
            double mean = 0;
            for (int t : terms) {
                mean += table.weight(stemOf[t]);
            }
            double[] r = Arrays.copyOf(rows[i], rows[i].length + COLUMNS);
            int c = rows[i].length;
            r[c++] = toCentroid[i];
            r[c++] = 1.0 / (rank + 1);
            r[c++] = cosine(terms, first, stemOf, table);
            r[c++] = cosine(terms, title, stemOf, table);
            r[c] = terms.length == 0 ? 0 : mean / terms.length;
            out[i] = r;
        }
        return out;
    }

    private static Map<Integer, Double> vector(int[] terms, String[] stemOf, Table table) {
        Map<Integer, Double> v = new HashMap<>();
        for (int t : terms) {
            v.put(t, table.weight(stemOf[t]));
        }
        return v;
    }

    /** Cosine of a sentence's binary term vector (weighted) with {@code other}. */
    private static double cosine(int[] terms, Map<Integer, Double> other, String[] stemOf, Table table) {
        double dot = 0;
        double norm = 0;
        for (int t : terms) {
            double w = table.weight(stemOf[t]);
            norm += w * w;
            dot += w * other.getOrDefault(t, 0.0);
        }
        double otherNorm = 0;
        for (double w : other.values()) {
            otherNorm += w * w;
        }
        return dot == 0 ? 0 : dot / Math.sqrt(norm * otherNorm);
    }

    /** Term ids of {@code stems} inverted: id to stem. */
    static String[] stemsById(Map<String, Integer> vocabulary) {
        String[] out = new String[vocabulary.size()];
        vocabulary.forEach((s, id) -> out[id] = s);
        return out;
    }
}
