package dev.intisari.core.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every usable sentence of a story's articles in one space: TF-IDF vectors whose IDF counts the story's
 * sentences, an inverted index from term to sentence, and the rule for "states the same thing": TF-IDF
 * cosine at or above a threshold, or most of the shorter sentence's terms found in the longer one.
 */
final class StorySentences {
    /** Sentences with fewer content terms never count as stating the same thing by containment. */
    private static final int MIN_CONTAINMENT_TERMS = 4;

    private final int[] article;
    private final int[] sentence;
    private final int[][] terms;
    /**
     * {@code terms[u].length} by unit, side by side: {@link #sameFact} reads it for every unit sharing a term with a
     * candidate, and reading it through each unit's own array cost a cache miss or two per such unit.
     */
    private final int[] termCount;
    private final double[][] weights;
    /**
     * The units holding term {@code t} are {@code postings[postingStart[t], postingStart[t + 1])}, in unit order,
     * with the term's weight in each at the same index of {@code postingWeights}: one array for all terms, so a
     * story's vocabulary costs no array per term.
     */
    private final int[] postingStart;
    private final int[] postings;
    private final double[] postingWeights;
    private final double[] centroid;
    private final double centroidNorm;

    /** Whether each term id of the vocabulary holds a digit. */
    private final boolean[] numeric;

    /**
     * {@code sets} are the story's articles in publication order, sharing one vocabulary; {@code numeric} says
     * which of its term ids hold a digit.
     */
    StorySentences(List<TermsInStory> sets, int minWords, boolean[] numeric) {
        this.numeric = numeric;
        int vocabularySize = numeric.length;
        List<int[]> units = new ArrayList<>();
        for (int a = 0; a < sets.size(); a++) {
            for (int i = 0; i < sets.get(a).size(); i++) {
                if (sets.get(a).letterWords(i) >= minWords && sets.get(a).terms(i).length > 0) {
                    units.add(new int[] {a, i});
                }
            }
        }
        int n = units.size();
        article = new int[n];
        sentence = new int[n];
        terms = new int[n][];
        termCount = new int[n];
        weights = new double[n][];
        int[] df = new int[vocabularySize];
        for (int u = 0; u < n; u++) {
            article[u] = units.get(u)[0];
            sentence[u] = units.get(u)[1];
            terms[u] = sets.get(article[u]).terms(sentence[u]);
            termCount[u] = terms[u].length;
            for (int t : terms[u]) {
                df[t]++;
            }
        }
        postingStart = new int[vocabularySize + 1];
        int occurrences = 0;
        // a term's IDF depends on its document frequency alone: one logarithm per frequency met (most are 1 to 3)
        double[] idfOf = new double[n + 1];
        for (int u = 0; u < n; u++) {
            double[] w = new double[terms[u].length];
            double norm = 0;
            for (int k = 0; k < w.length; k++) {
                int f = df[terms[u][k]];
                double idf = idfOf[f];
                if (idf == 0) {
                    // never 0 once computed: 1 + n / f > 1
                    idf = Math.log(1.0 + (double) n / f);
                    idfOf[f] = idf;
                }
                w[k] = idf;
                norm += w[k] * w[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < w.length; k++) {
                w[k] /= norm;
            }
            weights[u] = w;
            occurrences += w.length;
        }
        for (int t = 0; t < vocabularySize; t++) {
            postingStart[t + 1] = postingStart[t] + df[t];
        }
        postings = new int[occurrences];
        postingWeights = new double[occurrences];
        int[] filled = df;
        System.arraycopy(postingStart, 0, filled, 0, vocabularySize);
        for (int u = 0; u < n; u++) {
            for (int k = 0; k < terms[u].length; k++) {
                int at = filled[terms[u][k]]++;
                postingWeights[at] = weights[u][k];
                postings[at] = u;
            }
        }
        centroid = new double[vocabularySize];
        for (int u = 0; u < n; u++) {
            for (int k = 0; k < terms[u].length; k++) {
                centroid[terms[u][k]] += weights[u][k];
            }
        }
        double norm = 0;
        for (double c : centroid) {
            norm += c * c;
        }
        centroidNorm = Math.sqrt(norm);
    }

    int size() {
        return article.length;
    }

    int article(int unit) {
        return article[unit];
    }

    int sentence(int unit) {
        return sentence[unit];
    }

    /**
     * Cosine of {@code unit} with every unit sharing a term with it, written into {@code dot} and
     * {@code sharedTerms} (indexed by unit, zero elsewhere on return); the units touched, in no order, go to
     * {@code touched} (as long as the story's units) and their number is returned. Cost: the postings of the unit's
     * terms. {@code dot} and {@code sharedTerms} must be all zero on entry; {@link #clear} zeroes them again.
     */
    int cosines(int unit, double[] dot, int[] sharedTerms, int[] touched) {
        int count = 0;
        int[] unitTerms = terms[unit];
        double[] unitWeights = weights[unit];
        for (int k = 0; k < unitTerms.length; k++) {
            double w = unitWeights[k];
            int end = postingStart[unitTerms[k] + 1];
            for (int p = postingStart[unitTerms[k]]; p < end; p++) {
                int v = postings[p];
                if (sharedTerms[v]++ == 0) {
                    touched[count++] = v;
                }
                dot[v] += w * postingWeights[p];
            }
        }
        return count;
    }

    /** Zeroes the entries of {@code touched} units in the buffers {@link #cosines} filled. */
    static void clear(int[] touched, int count, double[] dot, int[] sharedTerms) {
        for (int i = 0; i < count; i++) {
            int v = touched[i];
            dot[v] = 0;
            sharedTerms[v] = 0;
        }
    }

    /**
     * The sum of the unit's cosines with every unit of the story (itself included), from the centroid: the
     * sum of unit vectors dotted with this one. Cost: the unit's terms.
     */
    double cosineSum(int unit) {
        double sum = 0;
        for (int k = 0; k < terms[unit].length; k++) {
            sum += weights[unit][k] * centroid[terms[unit][k]];
        }
        return sum;
    }

    /** Units stating the same thing as {@code unit} (itself included), from its cosines and shared terms. */
    boolean sameFact(int unit, int other, double cosine, int shared, KeyPointConfig config) {
        if (unit == other) {
            return true;
        }
        int shorter = Math.min(termCount[unit], termCount[other]);
        boolean similar = cosine >= config.sameFactCosine()
                || shorter >= MIN_CONTAINMENT_TERMS && (double) shared / shorter >= config.sameFactContainment();
        return similar && !differentNumbers(unit, other);
    }

    /** Whether each of the two units holds a number the other lacks (see {@link #numberNotIn}). */
    boolean differentNumbers(int a, int b) {
        return numberNotIn(a, b) && numberNotIn(b, a);
    }

    /**
     * Whether {@code unit} holds a number (a term with a digit) that {@code other} lacks. When each of two sentences
     * holds a number the other lacks, they give different values (a sentence of six years and one of seven and a
     * half, a fine of Rp750 million and one of Rp500 million, a detention on 15/4 and a charge of Rp312.5 billion)
     * and do not state the same thing, however many names they share.
     */
    private boolean numberNotIn(int unit, int other) {
        for (int t : terms[unit]) {
            if (numeric[t] && Arrays.binarySearch(terms[other], t) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Size of the story's vocabulary: term ids run below it. */
    int vocabularySize() {
        return centroid.length;
    }

    /** Marks the unit's terms in {@code said} (indexed by term id). */
    void mark(int unit, boolean[] said) {
        for (int t : terms[unit]) {
            said[t] = true;
        }
    }

    /**
     * Whether {@code said} (terms of the points chosen so far, {@link #mark}) already holds as large a share of the
     * unit's term weight as makes two sentences state the same thing by containment: the unit would add nothing
     * new. Weighted (story-wide TF-IDF), so that the names every sentence of the story repeats count for little and
     * what the sentence says about them counts for much; a number no chosen point holds is always new (a date, an
     * amount: as in {@link #sameFact}).
     */
    boolean coveredBy(int unit, boolean[] said, KeyPointConfig config) {
        int[] unitTerms = terms[unit];
        if (unitTerms.length < MIN_CONTAINMENT_TERMS) {
            return false;
        }
        double held = 0;
        double all = 0;
        for (int k = 0; k < unitTerms.length; k++) {
            if (numeric[unitTerms[k]] && !said[unitTerms[k]]) {
                return false;
            }
            all += weights[unit][k];
            held += said[unitTerms[k]] ? weights[unit][k] : 0;
        }
        return held >= config.sameFactContainment() * all;
    }

    /** Cosine of two units. */
    double cosine(int a, int b) {
        int[] x = terms[a];
        int[] y = terms[b];
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                dot += weights[a][i++] * weights[b][j++];
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /** Cosine of a bag of term ids (a headline) with the sum of all unit vectors. */
    double centroidCosine(int[] bag) {
        if (bag.length == 0 || article.length == 0) {
            return 0;
        }
        double dot = 0;
        for (int t : bag) {
            dot += t < centroid.length ? centroid[t] : 0;
        }
        return centroidNorm == 0 ? 0 : dot / centroidNorm / Math.sqrt(bag.length);
    }
}
