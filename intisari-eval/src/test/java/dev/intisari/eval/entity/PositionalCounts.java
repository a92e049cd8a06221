package dev.intisari.eval.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How often each vocabulary word is seen with each of the {@code contexts} commonest words at offsets -2, -1, +1 and
 * +2 (column = offset slot × contexts + context id), with each column's total and the grand total. Shared by the word
 * clusters and the dense word vectors.
 */
record PositionalCounts(List<Map<Integer, Integer>> rows, long[] columnTotal, long total) {
    private static final int[] OFFSETS = {-2, -1, 1, 2};

    /** The vocabulary ids of a sentence's words, lower-cased; -1 for a word outside the vocabulary. */
    static int[] ids(List<String> sentence, Map<String, Integer> index) {
        int[] ids = new int[sentence.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = index.getOrDefault(sentence.get(i).toLowerCase(Locale.ROOT), -1);
        }
        return ids;
    }

    static PositionalCounts of(List<List<String>> sentences, Map<String, Integer> index, int v, int contexts) {
        List<Map<Integer, Integer>> co = new ArrayList<>(v);
        for (int i = 0; i < v; i++) {
            co.add(new HashMap<>());
        }
        long[] columnTotal = new long[OFFSETS.length * contexts];
        long total = 0;
        for (List<String> s : sentences) {
            int[] ids = PositionalCounts.ids(s, index);
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] < 0) {
                    continue;
                }
                for (int o = 0; o < OFFSETS.length; o++) {
                    int j = i + OFFSETS[o];
                    if (j >= 0 && j < ids.length && ids[j] >= 0 && ids[j] < contexts) {
                        int c = o * contexts + ids[j];
                        co.get(ids[i]).merge(c, 1, Integer::sum);
                        columnTotal[c]++;
                        total++;
                    }
                }
            }
        }
        return new PositionalCounts(co, columnTotal, total);
    }
}
