package dev.intisari.store;

import dev.intisari.core.cluster.ArticleFeatures;
import dev.intisari.core.cluster.ClusterInput;
import dev.intisari.core.cluster.ClusterStep;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.dedupe.DedupeInput;
import dev.intisari.core.dedupe.DuplicateMatch;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.model.Article;
import dev.intisari.model.Story;
import dev.intisari.model.StoryGroup;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Incremental story update. The pipeline's {@code group} folds the near-duplicate detector and the online
 * clusterer over all articles in publication order; this runs the same steps one article at a time over the
 * articles not yet in the stories ({@code grouped = 0}), continuing from the state kept after the last
 * update ({@link GroupingState}), and explains again only the stories that gained articles or absorbed other
 * stories. When the new articles all come after the last folded one, the result is the one a fold over
 * everything gives. When one does not (a late article, an updated article whose earlier version is already
 * in the stories, no usable state), the fold restarts from an empty state over every stored article
 * (a rebuild): the same result, at a cost linear in the store, and only stories whose members changed are
 * explained again. Everything is written in one transaction with the state, so a crash changes nothing.
 */
final class StoryGrouping {
    private final Store store;
    private final Pipeline pipeline;
    private final MinHashDuplicateDetector detector;
    private final OnlineStoryClusterer clusterer;
    private final ArticleFeatures features;
    private GroupingState kept;
    private long keptGeneration = -1;

    private StoryGrouping(Store store, Pipeline pipeline, MinHashDuplicateDetector detector,
                          OnlineStoryClusterer clusterer) {
        this.store = store;
        this.pipeline = pipeline;
        this.detector = detector;
        this.clusterer = clusterer;
        this.features = clusterer.features();
    }

    /** The incremental update for this pipeline, or null when its grouping stages cannot run one step at a time. */
    static StoryGrouping of(Store store, Pipeline pipeline) {
        if (pipeline.duplicateDetector() instanceof MinHashDuplicateDetector d
                && pipeline.storyClusterer() instanceof OnlineStoryClusterer c) {
            return new StoryGrouping(store, pipeline, d, c);
        }
        return null;
    }

    /** One article ready for the fold. */
    private record Input(GroupingState.Key key, DedupeInput copies, ClusterInput stories) {
    }

    /** Folds the articles not yet in the stories; {@code fresh} holds analysed articles already in memory. */
    StoryUpdate run(Map<String, Article> fresh) throws IOException {
        long start = System.nanoTime();
        List<String> pending = store.read(db -> Sql.strings(db, "SELECT id FROM articles WHERE grouped = 0"));
        if (pending.isEmpty()) {
            return new StoryUpdate(0, 0, 0, false, "nothing new", 0, 0, 0);
        }
        ArticleSource articles = new ArticleSource(store, fresh);
        List<Input> inputs = inputs(articles.all(pending));
        GroupingState state = state();
        String why = null;
        if (state == null) {
            boolean grouped = store.read(db -> Sql.count(db, "SELECT COUNT(*) FROM articles WHERE grouped = 1")
                    + Sql.count(db, "SELECT COUNT(*) FROM stories")) > 0;
            why = grouped ? "no kept grouping state" : null;
        } else if (!state.follows(inputs.get(0).key())) {
            why = "an article published before the last one grouped";
        }
        if (why == null) {
            int updated = store.read(db -> countInStories(db, pending));
            why = updated > 0 ? updated + " updated article(s) already in stories" : null;
        }
        boolean rebuild = why != null;
        if (rebuild) {
            List<String> rest = store.read(db -> Sql.strings(db, "SELECT id FROM articles WHERE grouped = 1"));
            inputs = new ArrayList<>(inputs);
            inputs.addAll(inputs(articles.all(rest)));
            inputs.sort((a, b) -> GroupingState.ORDER.compare(a.key(), b.key()));
            state = GroupingState.fresh(detector, clusterer);
        } else if (state == null) {
            state = GroupingState.fresh(detector, clusterer);
        }
        kept = null; // the fold changes the state: it is kept again only once written
        StoryFold fold = new StoryFold(rebuild ? id -> null : this::storedStoryOf);
        for (Input in : inputs) {
            DuplicateMatch m = detector.add(state.copies, in.copies());
            String copyOf = m.isCopy() ? m.first() : null;
            ClusterInput c = in.stories();
            String original = copyOf == null ? null : fold.storyOf(copyOf);
            ClusterStep step = clusterer.add(state.stories, copyOf == null ? c : c.withCopyOf(copyOf));
            fold.assign(c.id(), original != null && state.stories.storyOf(copyOf) == null ? original : step.story(),
                    step.story(), step.absorbed());
            state.last = in.key();
        }
        long grouped = System.nanoTime();
        Map<String, Set<String>> before = store.read(StoryRegrouping::storyArticles);
        Map<String, List<String>> groups = rebuild ? fold.groups() : fold.changedGroups(before);
        Set<String> pendingIds = new HashSet<>(pending);
        Map<String, List<String>> changedGroups = new LinkedHashMap<>();
        groups.forEach((id, members) -> {
            Set<String> old = before.get(id);
            if (!rebuild || old == null || !old.equals(new HashSet<>(members))
                    || members.stream().anyMatch(pendingIds::contains)) {
                changedGroups.put(id, members);
            }
        });
        Map<String, Article> needed = new HashMap<>();
        for (Article a : articles.all(changedGroups.values().stream().flatMap(List::stream).distinct().toList())) {
            needed.put(a.id(), a);
        }
        List<StoryGroup> changed = new ArrayList<>();
        changedGroups.forEach((id, members) -> changed.add(new StoryGroup(id, members.stream()
                .filter(needed::containsKey)
                .sorted((a, b) -> GroupingState.ORDER.compare(key(needed.get(a)), key(needed.get(b)))).toList(),
                fold.aliasesOf(id))));
        long loaded = System.nanoTime();
        List<Story> stories = changed.parallelStream()
                .map(g -> pipeline.explain(g, g.articles().stream().map(needed::get).toList())).toList();
        long explained = System.nanoTime();
        Set<String> removed = new TreeSet<>();
        before.keySet().stream().filter(id -> !groups.containsKey(id)
                && (rebuild || fold.absorbed(id))).forEach(removed::add);
        GroupingState finished = state;
        byte[] bytes = finished.bytes();
        long generation = store.transaction(db -> {
            StoryWriter writer = new StoryWriter(db);
            for (Story s : stories) {
                writer.put(s, needed::get);
            }
            for (String id : removed) {
                writer.delete(id);
            }
            for (String id : fold.aliasedIds()) {
                writer.alias(id, fold.resolve(id));
            }
            if (rebuild) {
                for (String id : removed) {
                    if (!fold.aliasedIds().contains(id)) {
                        String heir = heirAmong(before.get(id), groups);
                        if (heir != null) {
                            writer.alias(id, heir);
                        }
                    }
                }
            }
            try (PreparedStatement p = db.prepareStatement("UPDATE articles SET grouped = 1 WHERE id = ?")) {
                for (String id : pending) {
                    p.setString(1, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
            long next = Sql.count(db, "SELECT COALESCE(MAX(generation), 0) FROM grouping_state") + 1;
            Sql.update(db, "INSERT INTO grouping_state(id, generation, state) VALUES (1, ?, ?)"
                    + " ON CONFLICT(id) DO UPDATE SET generation = excluded.generation, state = excluded.state",
                    next, bytes);
            Sql.update(db, "UPDATE state SET value = '0' WHERE name = 'stories_dirty'");
            return next;
        });
        kept = finished;
        keptGeneration = generation;
        long end = System.nanoTime();
        return new StoryUpdate(inputs.size(), stories.size(), removed.size(), rebuild, rebuild ? why : "incremental",
                grouped - start, explained - loaded, (end - explained) + (loaded - grouped));
    }

    /** The kept state when it is still the stored one, else the stored one, else null. */
    private GroupingState state() throws IOException {
        Optional<Long> generation = store.read(db -> Sql.one(db, "SELECT generation FROM grouping_state")
                .map(Long::parseLong));
        if (generation.isEmpty()) {
            return null;
        }
        if (kept != null && keptGeneration == generation.get()) {
            return kept;
        }
        byte[] bytes = store.read(db -> {
            try (PreparedStatement p = db.prepareStatement("SELECT state FROM grouping_state");
                 ResultSet r = p.executeQuery()) {
                return r.next() ? r.getBytes(1) : null;
            }
        });
        return bytes == null ? null : GroupingState.read(bytes);
    }

    private static GroupingState.Key key(Article a) {
        return new GroupingState.Key(a.published() == null ? null : a.published().instant().toInstant(), a.id());
    }

    private List<Input> inputs(List<Article> articles) {
        return articles.parallelStream().map(a -> {
            GroupingState.Key key = key(a);
            String text = a.text().isBlank() && a.title() != null ? a.title() : a.text();
            return new Input(key, new DedupeInput(a.id(), key.when(), text), features.input(a, null));
        }).sorted((a, b) -> GroupingState.ORDER.compare(a.key(), b.key())).toList();
    }

    private String storedStoryOf(String article) {
        try {
            return store.read(db -> Sql.one(db, "SELECT story_id FROM story_articles WHERE article_id = ?"
                    + " ORDER BY story_id LIMIT 1", article)).orElse(null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int countInStories(java.sql.Connection db, List<String> ids) throws java.sql.SQLException {
        int n = 0;
        try (PreparedStatement p = db.prepareStatement("SELECT 1 FROM story_articles WHERE article_id = ? LIMIT 1")) {
            for (String id : ids) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    n += r.next() ? 1 : 0;
                }
            }
        }
        return n;
    }

    /** The new story sharing most articles with an old one that vanished in a rebuild. */
    private static String heirAmong(Set<String> oldArticles, Map<String, List<String>> groups) {
        String best = null;
        int shared = 0;
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            int n = (int) g.getValue().stream().filter(oldArticles::contains).count();
            if (n > shared) {
                shared = n;
                best = g.getKey();
            }
        }
        return best;
    }
}
