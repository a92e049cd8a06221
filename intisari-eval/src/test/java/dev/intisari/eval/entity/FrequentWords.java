package dev.intisari.eval.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lowercased words of a text seen at least a given number of times, most frequent first (ties: alphabetical),
 * with each word's position in that order: the vocabulary both word-cluster builders start from.
 */
record FrequentWords(List<String> words, Map<String, Integer> index) {

    static FrequentWords of(List<List<String>> sentences, int minCount) {
        Map<String, Integer> freq = new HashMap<>();
        for (List<String> s : sentences) {
            for (String w : s) {
                freq.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<String> words = new ArrayList<>();
        freq.forEach((w, n) -> {
            if (n >= minCount) {
                words.add(w);
            }
        });
        words.sort((a, b) -> freq.get(b).equals(freq.get(a)) ? a.compareTo(b) : freq.get(b) - freq.get(a));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
        return new FrequentWords(words, index);
    }
}
