package dev.intisari.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The story membership side of a fold, as {@code OnlineStoryClusterer.cluster} keeps it: each article's story
 * as the step gave it (a copy whose original's story left the window goes to that story), stories absorbed
 * by others, and, for an incremental fold, the stories already stored.
 */
final class StoryFold {
    private final Function<String, String> stored;
    private final Map<String, String> assigned = new LinkedHashMap<>();
    private final Map<String, String> aliasOf = new HashMap<>();

    /** {@code stored} gives the stored story of an article not folded here, or null. */
    StoryFold(Function<String, String> stored) {
        this.stored = stored;
    }

    /** The story of an article folded earlier (here or before), not yet resolved through absorptions. */
    String storyOf(String article) {
        String s = assigned.get(article);
        return s != null ? s : stored.apply(article);
    }

    /** Records one step: the article's story, and the stories the step's own story absorbed. */
    void assign(String article, String story, String stepStory, List<String> absorbed) {
        absorbed.forEach(old -> aliasOf.put(old, stepStory));
        assigned.put(article, story);
    }

    /** The story now carrying {@code story}'s articles. */
    String resolve(String story) {
        String s = story;
        for (String next = aliasOf.get(s); next != null; next = aliasOf.get(s)) {
            s = next;
        }
        return s;
    }

    boolean absorbed(String story) {
        return aliasOf.containsKey(story);
    }

    Set<String> aliasedIds() {
        return aliasOf.keySet();
    }

    /** Story ids absorbed, directly or not, into {@code story}, sorted. */
    List<String> aliasesOf(String story) {
        TreeSet<String> out = new TreeSet<>();
        aliasOf.keySet().stream().filter(old -> resolve(old).equals(story)).forEach(out::add);
        return List.copyOf(out);
    }

    /** Every story of the fold with its articles, when everything was folded here (a rebuild). */
    Map<String, List<String>> groups() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        assigned.forEach((article, story) -> out.computeIfAbsent(resolve(story), k -> new ArrayList<>()).add(article));
        return out;
    }

    /**
     * The stories this incremental fold changed, each with all its articles: the stored ones, those of the
     * stories it absorbed, and the newly folded ones (not yet in publication order).
     */
    Map<String, List<String>> changedGroups(Map<String, Set<String>> before) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        assigned.forEach((article, story) -> out.computeIfAbsent(resolve(story), k -> new LinkedHashSet<>())
                .add(article));
        for (String old : aliasOf.keySet()) {
            out.computeIfAbsent(resolve(old), k -> new LinkedHashSet<>()).addAll(before.getOrDefault(old, Set.of()));
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        out.forEach((story, members) -> {
            members.addAll(before.getOrDefault(story, Set.of()));
            groups.put(story, new ArrayList<>(members));
        });
        return groups;
    }
}
