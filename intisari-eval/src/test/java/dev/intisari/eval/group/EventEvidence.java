package dev.intisari.eval.group;

import dev.intisari.core.cluster.ClusterInput;
import dev.intisari.model.StoryGroup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Error analysis of story clustering at the level of article pairs: for the labelled articles published within
 * four days of each other, the pairs the clusterer got right (same event, one story), split (same event, two
 * stories) and merged (two events, one story), with the event keys they share (amounts, statements, named
 * days, named occasions; only keys in at most 1% of the corpus), the entity names they share and the gap between them. Prints
 * how often each kind of shared key occurs in each class (the question is whether a signal separates split
 * events from merged neighbours) and lists the errors.
 */
final class EventEvidence {
    private EventEvidence() {
    }

    static void print(List<ClusterInput> inputs, List<StoryGroup> stories, Map<String, String> gold) {
        Map<String, Integer> df = new HashMap<>();
        inputs.forEach(in -> new HashSet<>(in.events()).forEach(k -> df.merge(k, 1, Integer::sum)));
        int maxDf = Math.max(20, inputs.size() / 100);
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(g -> g.articles().forEach(id -> storyOf.put(id, g.id())));
        List<ClusterInput> labelled = inputs.stream().filter(in -> gold.containsKey(in.id())).toList();
        Map<String, int[]> tally = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < labelled.size(); i++) {
            for (int j = i + 1; j < labelled.size(); j++) {
                ClusterInput a = labelled.get(i);
                ClusterInput b = labelled.get(j);
                long hours = a.when() == null || b.when() == null ? 0
                        : Math.abs(Duration.between(a.when(), b.when()).toHours());
                if (hours > 96) {
                    continue;
                }
                String la = gold.get(a.id());
                boolean same = !"-".equals(la) && la.equals(gold.get(b.id()));
                boolean together = storyOf.get(a.id()) != null && storyOf.get(a.id()).equals(storyOf.get(b.id()));
                String cls = same ? (together ? "right" : "split") : (together ? "merged" : "apart");
                List<String> shared = new ArrayList<>();
                Set<String> be = new HashSet<>(b.events());
                for (String k : a.events()) {
                    if (be.contains(k) && df.getOrDefault(k, 0) <= maxDf) {
                        shared.add(k + "(" + df.get(k) + ")");
                    }
                }
                Set<String> kinds = new HashSet<>();
                shared.forEach(k -> kinds.add(k.substring(0, 1)));
                int[] t = tally.computeIfAbsent(cls, k -> new int[10]);
                t[0]++;
                t[1] += shared.isEmpty() ? 0 : 1;
                t[2] += kinds.contains("n") ? 1 : 0;
                t[3] += kinds.contains("q") ? 1 : 0;
                t[4] += kinds.contains("d") ? 1 : 0;
                t[5] += kinds.contains("o") || kinds.contains("w") ? 1 : 0;
                t[6] += kinds.contains("v") ? 1 : 0;
                boolean otherOccasion = otherOnTheSameDay(a, b, "v:");
                t[7] += otherOccasion ? 1 : 0;
                t[8] += otherOnTheSameDay(a, b, "w:") ? 1 : 0;
                t[9] += otherAmounts(a, b) ? 1 : 0;
                if (cls.equals("split") || cls.equals("merged")) {
                    Set<String> ents = new HashSet<>(a.entities());
                    long sharedEntities = b.entities().stream().filter(ents::contains).count();
                    errors.add(String.format("  %-6s %s~%s (%s) gap %dh, shared names %d, shared event keys %s",
                            cls, a.id(), b.id(), same ? la : la + "/" + gold.get(b.id()), hours, sharedEntities,
                            shared) + (otherOccasion ? ", other occasion the same day" : ""));
                }
            }
        }
        System.out.println("Pairs within 4 days: class, pairs, with a shared rare event key, of which amount / statement"
                + " / day / venue (o, w) / occasion by head noun (v); pairs naming occasions (v) on one day, none shared;"
                + " the same for venues (w); pairs both with amounts (n), none shared");
        tally.forEach((cls, t) -> System.out.printf("  %-7s %6d %6d (%.2f)  %d / %d / %d / %d / %d; %d; %d; %d%n", cls, t[0],
                t[1], t[0] == 0 ? 0 : (double) t[1] / t[0], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9]));
        errors.forEach(System.out::println);
    }

    /**
     * Whether both articles have day-bound keys of one kind ({@code v:name@day} occasions named by their head
     * noun, {@code w:name@day} venues) on one and the same day and share none of them.
     */
    private static boolean otherOnTheSameDay(ClusterInput a, ClusterInput b, String kind) {
        Set<String> keys = new HashSet<>();
        Set<String> days = new HashSet<>();
        a.events().stream().filter(k -> k.startsWith(kind)).forEach(k -> {
            keys.add(k);
            days.add(k.substring(k.lastIndexOf('@')));
        });
        List<String> theirs = b.events().stream().filter(k -> k.startsWith(kind)).toList();
        return theirs.stream().noneMatch(keys::contains)
                && theirs.stream().anyMatch(k -> days.contains(k.substring(k.lastIndexOf('@'))));
    }

    /** Whether both articles name amounts or counts ({@code n:}) and share none of them. */
    private static boolean otherAmounts(ClusterInput a, ClusterInput b) {
        Set<String> mine = new HashSet<>();
        a.events().stream().filter(k -> k.startsWith("n:")).forEach(mine::add);
        List<String> theirs = b.events().stream().filter(k -> k.startsWith("n:")).toList();
        return !mine.isEmpty() && !theirs.isEmpty() && theirs.stream().noneMatch(mine::contains);
    }
}
