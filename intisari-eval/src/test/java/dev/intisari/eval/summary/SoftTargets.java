package dev.intisari.eval.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training targets other than the gold extractive label, for {@link BoostedTreeTrainer}'s logistic loss:
 * "gold" (the label), "prec" (the share of the key point's words found in the reference summary, counts
 * clipped), "gprec" (that share for gold sentences, 0 for the others) "avg" (the mean of the label and the
 * share) and "aW" (W times the label plus 1 - W times the share). Evaluated by cross-validation only.
 */
final class SoftTargets {
    private SoftTargets() {
    }

    static double of(String kind, boolean gold, String point, String reference) {
        if (kind.equals("gold")) {
            return gold ? 1 : 0;
        }
        double share = precision(point, reference);
        return switch (kind) {
            case "prec" -> share;
            case "gprec" -> gold ? share : 0;
            case "avg" -> 0.5 * (gold ? 1 : 0) + 0.5 * share;
            default -> {
                if (!kind.startsWith("a")) {
                    throw new IllegalArgumentException("target " + kind);
                }
                double w = Double.parseDouble(kind.substring(1));
                yield w * (gold ? 1 : 0) + (1 - w) * share;
            }
        };
    }

    /** Clipped unigram precision of {@code point} against {@code reference} (ROUGE-1 precision). */
    static double precision(String point, String reference) {
        List<String> words = Rouge.words(point);
        if (words.isEmpty()) {
            return 0;
        }
        Map<String, Integer> ref = new HashMap<>();
        for (String w : Rouge.words(reference)) {
            ref.merge(w, 1, Integer::sum);
        }
        int hit = 0;
        for (String w : words) {
            Integer left = ref.get(w);
            if (left != null && left > 0) {
                hit++;
                ref.put(w, left - 1);
            }
        }
        return (double) hit / words.size();
    }
}
