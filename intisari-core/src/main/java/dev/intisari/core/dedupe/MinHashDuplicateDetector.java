package dev.intisari.core.dedupe;

import dev.intisari.core.parallel.ComputedAhead;
import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;

/**
 * Near-duplicates by MinHash over normalised word shingles with LSH banding. Each article, in publication
 * order, is one pure {@link #add} step over an explicit {@link DuplicateState}: an exact copy (same words,
 * whatever the punctuation or case) is found by content hash; otherwise the articles sharing an LSH bucket
 * are candidates and the one with the highest estimated Jaccard similarity, if it reaches the threshold,
 * makes the article a copy in that candidate's group. A group's first member is its earliest article, so a
 * syndicated wire story and its re-publications all point at the original. {@link #detect} folds the steps
 * over a whole corpus. The detector itself holds no state and is thread-safe.
 */
public final class MinHashDuplicateDetector implements DuplicateDetector {
    private final DuplicateConfig config;
    private final WordShingler shingler;
    private final MinHasher hasher;

    public MinHashDuplicateDetector() {
        this(DuplicateConfig.defaults());
    }

    public MinHashDuplicateDetector(DuplicateConfig config) {
        this.config = Objects.requireNonNull(config);
        this.shingler = new WordShingler(config.shingleWords());
        this.hasher = new MinHasher(config.hashes(), config.seed());
    }

    public DuplicateState newState() {
        return new DuplicateState(config);
    }

    @Override
    public List<DuplicateGroup> detect(List<Article> articles) {
        return detect(articles, null);
    }

    /**
     * {@link #detect}, each article's shingles and signature made on {@code pool} ahead of the fold (they read
     * no state), so only the bucket look-ups run one article at a time: the same groups.
     */
    @Override
    public List<DuplicateGroup> detect(List<Article> articles, ForkJoinPool pool) {
        DuplicateState state = newState();
        List<DuplicateMatch> matches = new ArrayList<>(articles.size());
        for (Fingerprint f : ComputedAhead.of(i -> fingerprint(input(articles.get(i))), articles.size(), pool)) {
            matches.add(add(state, f));
        }
        return groups(matches);
    }

    /** {@link #detect} one article at a time: a reading is the article's shingles and signature. */
    @Override
    public DuplicateFold<?> startFold() {
        DuplicateState state = newState();
        List<DuplicateMatch> matches = new ArrayList<>();
        return new DuplicateFold<Fingerprint>() {
            @Override
            public Fingerprint read(Article article) {
                return fingerprint(input(article));
            }

            @Override
            public DuplicateMatch add(Fingerprint reading) {
                DuplicateMatch match = MinHashDuplicateDetector.this.add(state, reading);
                matches.add(match);
                return match;
            }

            @Override
            public List<DuplicateGroup> groups() {
                return MinHashDuplicateDetector.groups(matches);
            }
        };
    }

    /** What the detector reads of an analysed article: its body, or its title when the body is empty. */
    public DedupeInput input(Article a) {
        Instant when = a.published() == null ? null : a.published().instant().toInstant();
        String text = a.text().isBlank() && a.title() != null ? a.title() : a.text();
        return new DedupeInput(a.id(), when, text);
    }

    /** One article through the detector: updates {@code state} and says which group, if any, it copies. */
    public DuplicateMatch add(DuplicateState state, DedupeInput input) {
        return add(state, fingerprint(input));
    }

    /**
     * What {@link #add} computes from the article alone; {@code signature} is null when the text has no word.
     */
    private record Fingerprint(DedupeInput input, int[] signature, long[] keys, long content) {
    }

    private Fingerprint fingerprint(DedupeInput input) {
        long[] words = WordShingler.wordHashes(input.text());
        if (words.length == 0) {
            return new Fingerprint(input, null, null, 0);
        }
        int[] sig = hasher.signature(shingler.shingles(words));
        return new Fingerprint(input, sig, MinHasher.bandKeys(sig, config.bands()), WordShingler.contentHash(words));
    }

    private DuplicateMatch add(DuplicateState state, Fingerprint print) {
        if (!state.config.equals(config)) {
            throw new IllegalArgumentException("state was made by a detector with other settings");
        }
        DedupeInput input = print.input();
        state.advance(input.when());
        if (print.signature() == null) {
            return new DuplicateMatch(input.id(), input.id(), 1.0);
        }
        int[] sig = print.signature();
        long[] keys = print.keys();
        long content = print.content();
        DuplicateState.Entry exact = state.byContent.get(content);
        DuplicateState.Entry best = exact;
        double bestSimilarity = exact == null ? 0 : 1.0;
        if (exact == null) {
            long lookup = ++state.lookups;
            state.touched += state.buckets.touch(keys);
            for (long key : keys) {
                Object bucket = state.buckets.get(key);
                for (int i = 0, n = DuplicateState.size(bucket); i < n; i++) {
                    DuplicateState.Entry candidate = DuplicateState.at(bucket, i);
                    if (candidate.mark != lookup) {
                        candidate.mark = lookup;
                        double s = MinHasher.similarity(sig, candidate.signature);
                        if (s > bestSimilarity) {
                            bestSimilarity = s;
                            best = candidate;
                        }
                    }
                }
            }
            if (bestSimilarity < config.threshold()) {
                best = null;
            }
        }
        DuplicateState.Entry first = best == null ? null : best.first;
        state.put(new DuplicateState.Entry(input.id(), input.when(), sig, keys, content, first));
        if (first == null) {
            return new DuplicateMatch(input.id(), input.id(), 1.0);
        }
        double toFirst = first == best ? bestSimilarity : MinHasher.similarity(sig, first.signature);
        return new DuplicateMatch(input.id(), first.id, toFirst);
    }

    /** Copy groups from the steps of a fold: members in input order, similarity the lowest to the first. */
    public static List<DuplicateGroup> groups(List<DuplicateMatch> matches) {
        Map<String, Integer> position = new HashMap<>();
        Map<String, List<DuplicateMatch>> byFirst = new LinkedHashMap<>();
        for (DuplicateMatch m : matches) {
            position.putIfAbsent(m.article(), position.size());
            if (m.isCopy()) {
                byFirst.computeIfAbsent(m.first(), k -> new ArrayList<>()).add(m);
            }
        }
        List<DuplicateGroup> groups = new ArrayList<>();
        byFirst.forEach((first, copies) -> {
            List<String> ids = new ArrayList<>();
            ids.add(first);
            double lowest = 1.0;
            for (DuplicateMatch m : copies) {
                ids.add(m.article());
                lowest = Math.min(lowest, m.similarity());
            }
            groups.add(new DuplicateGroup(ids, Math.round(lowest * 1000) / 1000.0, first));
        });
        groups.sort(Comparator.comparing(g -> position.getOrDefault(g.first(), Integer.MAX_VALUE)));
        return groups;
    }
}
