package dev.intisari.eval.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A majority vote on names over the tag paths several taggers gave one sentence: a name (start, end, type) is kept
 * when more than half of the paths have it. Two kept names cannot overlap, since some path holds both. Unlike
 * {@code TaggerEnsemble#voted}, the paths may come from taggers stopped at different epochs or trained differently.
 */
final class NameVote {
    private NameVote() {
    }

    /** The IOB2 tags of the names more than half of {@code paths} have; every path has the sentence's length. */
    static String[] of(List<String[]> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a vote needs at least one path");
        }
        int n = paths.get(0).length;
        Map<String, Integer> votes = new HashMap<>();
        for (String[] path : paths) {
            for (String chunk : ChunkScore.chunks(Arrays.asList(path))) {
                votes.merge(chunk, 1, Integer::sum);
            }
        }
        String[] out = new String[n];
        Arrays.fill(out, "O");
        votes.forEach((chunk, count) -> {
            if (2 * count > paths.size()) {
                String[] parts = chunk.split(":", 3);
                int start = Integer.parseInt(parts[0]);
                int end = Integer.parseInt(parts[1]);
                out[start] = "B-" + parts[2];
                for (int i = start + 1; i < end; i++) {
                    out[i] = "I-" + parts[2];
                }
            }
        });
        return out;
    }
}
