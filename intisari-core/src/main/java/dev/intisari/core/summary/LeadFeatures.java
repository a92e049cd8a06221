package dev.intisari.core.summary;

import java.util.List;

/**
 * Features of a sentence against the article's headline and lead, appended after {@link SequenceFeatures}: the
 * cosine of its distinct terms with the headline's, how many headline terms it shares, the share of its terms
 * the first three sentences do not have (a later summary sentence adds something the lead lacks), its share of
 * content terms among its words, and its length rank.
 */
final class LeadFeatures {
    /** Names of the appended columns, in order. */
    static final List<String> NAMES = List.of("title_cosine", "title_shared", "lead_novelty", "content_ratio",
            "length_rank");

    /** Sentences that make the lead. */
    private static final int LEAD = 3;

    private LeadFeatures() {
    }

    /** Writes the columns of {@link #NAMES} for every sentence of {@code set} into {@code rows} from {@code at}. */
    static void fill(SentenceSet set, double[][] rows, int at) {
        int n = set.size();
        int maxId = -1;
        for (int i = 0; i < n; i++) {
            int[] terms = set.terms(i);
            maxId = terms.length == 0 ? maxId : Math.max(maxId, terms[terms.length - 1]);
        }
        // how many of the lead sentences hold each term
        int[] inLead = new int[maxId + 1];
        for (int i = 0; i < Math.min(LEAD, n); i++) {
            for (int t : set.terms(i)) {
                inLead[t]++;
            }
        }
        int titleTerms = set.titleTermCount();
        for (int i = 0; i < n; i++) {
            int[] terms = set.terms(i);
            double[] r = rows[i];
            int c = at;
            double shared = Math.round(set.titleOverlap(i) * titleTerms);
            r[c++] = titleTerms == 0 || terms.length == 0 ? 0 : shared / Math.sqrt((double) titleTerms * terms.length);
            r[c++] = Math.log1p(shared);
            int fresh = 0;
            for (int t : terms) {
                int others = inLead[t] - (i < LEAD ? 1 : 0);
                fresh += others == 0 ? 1 : 0;
            }
            r[c++] = terms.length == 0 ? 0 : (double) fresh / terms.length;
            r[c++] = (double) terms.length / Math.max(1, set.words(i));
            int longer = 0;
            for (int j = 0; j < n; j++) {
                longer += set.words(j) > set.words(i) || (set.words(j) == set.words(i) && j < i) ? 1 : 0;
            }
            r[c++] = 1.0 / (longer + 1);
        }
    }
}
