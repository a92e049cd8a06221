package dev.intisari.core.cluster;

import dev.intisari.core.parallel.ComputedAhead;
import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.StableId;
import dev.intisari.model.StoryGroup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;

/**
 * Single-pass story clustering. Articles arrive in publication order; each {@link #add} step, a pure function
 * of the explicit {@link ClusterState} and one {@link ClusterInput}, updates document frequencies, finds
 * candidate stories through the inverted index of active stories' top terms, scores them by TF-IDF cosine
 * with the story centroid (blended with entity cosine when both sides share at least two entity names, times an
 * exponential time decay), lowers the score of a candidate by the evidence against joining it
 * ({@link Counterevidence}: few shared words beside the names, far from a close-knit story, the lead day of
 * another occasion) and joins the best
 * one above the threshold, or starts a new story. A copy joins its
 * original's story. When the article also scores high with a second story that resembles the first, the two
 * merge: the older keeps its id and the other becomes its alias. Cost per article depends on the window,
 * not on the corpus. {@link #cluster} folds the steps over a corpus.
 */
public final class OnlineStoryClusterer implements StoryClusterer {
    /** Prefix of an entity name counted as a term, apart from words and from the entity channel's counts. */
    private static final String ENTITY_TERM = "\u0002";
    /** Candidates, by term overlap, also scored against their recent members. */
    private static final int MEMBER_SCORED = 8;
    /**
     * The zone of an article's publication day when it stands in for a missing lead day
     * ({@link Counterevidence#publicationDays()}): Western Indonesian time; the outlets of the other two zones are
     * one or two hours ahead, which moves a day only around midnight.
     */
    private static final java.time.ZoneId NEWS_ZONE = java.time.ZoneOffset.ofHours(7);
    private final ClusterConfig config;
    private final ArticleFeatures features;

    public OnlineStoryClusterer() {
        this(ClusterConfig.news(), new ArticleFeatures());
    }

    public OnlineStoryClusterer(ClusterConfig config, ArticleFeatures features) {
        this.config = Objects.requireNonNull(config);
        this.features = Objects.requireNonNull(features);
    }

    /** How articles become {@link ClusterInput}s for {@link #add}. */
    public ArticleFeatures features() {
        return features;
    }

    public ClusterState newState() {
        return new ClusterState(config);
    }

    @Override
    public List<StoryGroup> cluster(List<Article> articles, List<DuplicateGroup> duplicates) {
        return cluster(articles, duplicates, null);
    }

    /** {@link #cluster}, the articles' inputs (terms, names, event keys) made on {@code pool} ahead of the fold. */
    @Override
    public List<StoryGroup> cluster(List<Article> articles, List<DuplicateGroup> duplicates, ForkJoinPool pool) {
        Map<String, String> copyOf = new HashMap<>();
        for (DuplicateGroup g : duplicates) {
            g.articles().stream().filter(id -> !id.equals(g.first())).forEach(id -> copyOf.put(id, g.first()));
        }
        // a view: each article's input is made just before the fold reaches it, so only the window's state stays
        return fold(ComputedAhead.of(i -> {
            Article a = articles.get(i);
            return input(a, copyOf.get(a.id()));
        }, articles.size(), pool));
    }

    /** What the clusterer reads of an analysed article; {@code copyOf} is its duplicate group's first or null. */
    public ClusterInput input(Article article, String copyOf) {
        return features.input(article, copyOf);
    }

    /** Clusters inputs given in publication order; stories in order of their first article. */
    public List<StoryGroup> fold(List<ClusterInput> inputs) {
        Folding folding = new Folding();
        for (ClusterInput input : inputs) {
            folding.add(input);
        }
        return folding.groups();
    }

    /** {@link #cluster} one article at a time: a reading is the article's input without its copy group. */
    @Override
    public StoryFold<?> startFold() {
        Folding folding = new Folding();
        return new StoryFold<ClusterInput>() {
            @Override
            public ClusterInput read(Article article) {
                return input(article, null);
            }

            @Override
            public void add(ClusterInput reading, String copyOf) {
                folding.add(copyOf == null ? reading : reading.withCopyOf(copyOf));
            }

            @Override
            public List<StoryGroup> groups() {
                return folding.groups();
            }
        };
    }

    /** The fold over inputs in publication order: the state, each article's story, and the stories absorbed. */
    private final class Folding {
        private final ClusterState state = newState();
        private final Map<String, String> storyOf = new LinkedHashMap<>();
        private final Map<String, String> aliasOf = new HashMap<>();

        void add(ClusterInput input) {
            String original = input.copyOf() == null ? null : storyOf.get(input.copyOf());
            ClusterStep step = OnlineStoryClusterer.this.add(state, input);
            step.absorbed().forEach(old -> aliasOf.put(old, step.story()));
            storyOf.put(input.id(), original != null && state.storyOf(input.copyOf()) == null
                    ? original : step.story());
        }

        List<StoryGroup> groups() {
            Map<String, List<String>> members = new LinkedHashMap<>();
            storyOf.forEach((article, story) -> members.computeIfAbsent(resolve(story, aliasOf), k -> new ArrayList<>())
                    .add(article));
            Map<String, TreeSet<String>> aliases = new HashMap<>();
            aliasOf.keySet().forEach(old -> aliases.computeIfAbsent(resolve(old, aliasOf), k -> new TreeSet<>()).add(old));
            List<StoryGroup> groups = new ArrayList<>();
            members.forEach((story, ids) -> groups.add(new StoryGroup(story, ids,
                    List.copyOf(aliases.getOrDefault(story, new TreeSet<>())))));
            return groups;
        }
    }

    private static String resolve(String story, Map<String, String> aliasOf) {
        String s = story;
        for (String next = aliasOf.get(s); next != null; next = aliasOf.get(s)) {
            s = next;
        }
        return s;
    }

    /** One article through the clusterer: updates {@code state} and says which story the article is in. */
    public ClusterStep add(ClusterState state, ClusterInput input) {
        if (!state.config.equals(config)) {
            throw new IllegalArgumentException("state was made by a clusterer with other settings");
        }
        state.advance(input.when());
        TermBag tf = new TermBag(input.terms().size() / 2 + input.entities().size(), ClusterState.WORDS);
        for (String t : input.terms()) {
            tf.add(t, 1);
        }
        TermBag ef = new TermBag(input.entities().size(), ClusterState.ENTITIES);
        for (String e : input.entities()) {
            ef.add(e, 1);
        }
        int words = tf.size;
        if (config.entityTerms()) {
            for (int i = 0; i < ef.size; i++) {
                tf.add(ENTITY_TERM + ef.terms[i], ef.counts[i]);
            }
        }
        long[] nameTerms = java.util.Arrays.copyOfRange(tf.keys, words, tf.size);
        state.newDocument();
        TermVector terms = state.countAndWeigh(tf, Long.MAX_VALUE, config.articleTerms());
        long common = Math.max(ClusterConfig.COMMON_ENTITY_FLOOR, (long) (config.commonEntityShare() * state.documents));
        TermVector entities = state.countAndWeigh(ef, common, Integer.MAX_VALUE);
        // a copy's event keys are its original's: not counted again, so a caller that passes copies without
        // them (the store's regrouping) clusters exactly as the batch fold does
        boolean keyed = (config.eventBonus() > 0 || config.occasionBonus() > 0) && input.copyOf() == null;
        TermVector events = keyed ? eventVector(state, input.events(), false) : TermVector.EMPTY;
        TermVector headline = keyed && config.headlines().on() ? config.headlines().vector(state, input.events())
                : TermVector.EMPTY;
        TermVector occasions = keyed && config.occasionBonus() > 0 ? eventVector(state, input.events(), true)
                : TermVector.EMPTY;

        EventDays days = !keyed || config.against().dayPenalty() == 0 ? EventDays.NONE
                : config.against().publicationDays() ? EventDays.of(input.events(), input.when(), NEWS_ZONE)
                : EventDays.of(input.events());
        TermVector venues = keyed && (config.against().venueExempt() || config.against().venuePenalty() > 0
                || config.against().actorVenuePenalty() > 0) ? CounterevidenceKeys.venues(input.events()) : TermVector.EMPTY;
        long[] actors = keyed && config.against().actorVenuePenalty() > 0 ? CounterevidenceKeys.actors(input.events()) : CounterevidenceKeys.NO_ACTORS;

        StoryCentroid target = input.copyOf() == null ? null : state.storyOfArticle(input.copyOf());
        StoryCentroid second = null;
        double secondScore = 0;
        if (target == null) {
            List<Scored> scored = score(state, input, new Query(terms, nameTerms, entities, events, occasions, days,
                    venues, actors, headline));
            if (!scored.isEmpty() && scored.get(0).score >= config.threshold()) {
                target = scored.get(0).story;
                if (scored.size() > 1) {
                    second = scored.get(1).story;
                    secondScore = scored.get(1).score;
                }
            }
        }
        List<String> absorbed = new ArrayList<>();
        if (target == null) {
            target = new StoryCentroid(StableId.of("s", input.id()), state.sequence++, input.when());
        }
        target.add(input.id(), input.when(), terms, entities, config.maxStoryTerms(), config.memberLinks());
        target.addEvents(events, config.maxStoryTerms());
        target.addEvents(occasions, config.maxStoryTerms());
        if (!occasions.isEmpty()) {
            target.occasionMembers++;
        }
        if (!venues.isEmpty()) {
            target.venueMembers++;
        }
        target.addDays(days);
        target.addHeadline(headline);
        if (config.against().namelessPenalty() > 0) {
            target.addNames(ones(nameTerms));
        }
        target.addActors(actors);
        if (second != null && secondScore >= config.mergeThreshold()
                && target.termCosine(second) >= config.threshold()) {
            StoryCentroid older = StoryCentroid.AGE.compare(target, second) <= 0 ? target : second;
            StoryCentroid younger = older == target ? second : target;
            older.absorb(younger, config.maxStoryTerms(), config.memberLinks());
            state.absorbInto(younger, older);
            absorbed.add(younger.id);
            target = older;
        }
        state.storyOfArticle.put(input.id(), target);
        state.index(target, indexTerms(target, absorbed.isEmpty() ? terms : null, state, config.indexTerms()));
        state.touch(target);
        return new ClusterStep(state, input.id(), target.id, absorbed);
    }

    /**
     * The article's event keys that are rare enough to be evidence (in at most {@code eventMaxShare} of the
     * documents, or {@link ClusterConfig#COMMON_ENTITY_FLOOR}), each weighted by its kind: a quoted statement's
     * hash 0.5 (a statement gives several), an amount or a day 1. All keys are counted. The occasion keys
     * ({@code v:}) are one vector ({@code occasions}), all others the other.
     */
    private TermVector eventVector(ClusterState state, List<String> keys, boolean occasions) {
        long maxDf = Math.max(ClusterConfig.COMMON_ENTITY_FLOOR, (long) (config.eventMaxShare() * state.documents));
        long[] k = new long[keys.size()];
        double[] w = new double[keys.size()];
        int n = 0;
        for (String key : keys) {
            if (key.startsWith("v:") != occasions || key.startsWith("l:") || key.startsWith("d:")
                    || key.startsWith("a:") || key.startsWith(HeadlineNames.PREFIX)) {
                continue;
            }
            long h = TermCounts.key(key, ClusterState.EVENTS);
            if (state.documentFrequency.increment(h) <= maxDf) {
                k[n] = h;
                w[n++] = key.startsWith("q:") ? 0.5 : 1;
            }
        }
        return new TermVector(k, w, n);
    }

    /**
     * An article as the scoring reads it: its vectors, which of its term keys are entity names, and its headline
     * names ({@link HeadlineNames}).
     */
    private record Query(TermVector terms, long[] nameTerms, TermVector entities, TermVector events,
                         TermVector occasions, EventDays days, TermVector venues, long[] actors,
                         TermVector headline) {
    }

    private List<Scored> score(ClusterState state, ClusterInput input, Query q) {
        TermVector terms = q.terms;
        TermVector entities = q.entities;
        StorySlots tally = state.slots;
        tally.startStep();
        long[] query = terms.keys.clone();
        double[] weights = terms.weights.clone();
        int n = Heaviest.select(query, weights, terms.size, config.queryTerms());
        state.touched += state.postings.touch(query, n);
        for (int i = 0; i < n; i++) {
            StoryPosting posting = state.postings.get(query[i]);
            if (posting != null && posting.size() <= config.maxPosting()) {
                double w = weights[i];
                for (int j = 0; j < posting.size(); j++) {
                    tally.add(posting.slot(j), w);
                }
            }
        }
        StoryCentroid[] ranked = tally.mostOverlap(config.maxCandidates());
        BoundedCosine bounded = new BoundedCosine(terms);
        // the candidates are scattered over the heap: what the scoring reads of each first, read for all of them in
        // one loop of independent loads, so that their cache misses overlap instead of coming one candidate at a time
        long read = 0;
        for (StoryCentroid c : ranked) {
            read += c.touch(entities, q.events, q.headline);
        }
        state.touched += read;
        List<Scored> scored = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        double runnerUp = Double.NEGATIVE_INFINITY;
        for (int rank = 0; rank < ranked.length; rank++) {
            StoryCentroid c = ranked[rank];
            double es = entities.isEmpty() || c.entityNorm == 0 ? 0
                    : StoryCentroid.cosine(entities, c.entities, c.entityNorm);
            // one shared name (a club, a ministry, the KPK) is common to neighbouring events: the blend and the
            // bonus count only from minSharedEntities shared names on
            boolean namesAgree = es > 0 && (config.entityWeight() > 0 || config.entityBonus() > 0)
                    && entities.sharesAtLeast(c.entities, config.minSharedEntities());
            boolean blended = namesAgree && config.entityWeight() > 0;
            double entityBonus = namesAgree && config.entityBonus() > 0 ? config.entityBonus() * es : 0;
            double eventBonus = !q.events.isEmpty() && c.events != null
                    ? config.eventBonus() * Math.min(1, q.events.sharedWeight(c.events) / config.eventSaturation()) : 0;
            double occasionBonus = !q.occasions.isEmpty() && c.events != null
                    ? config.occasionBonus() * Math.min(1, q.occasions.sharedWeight(c.events) / config.eventSaturation())
                    : 0;
            double headlineBonus = config.headlines().score(q.headline, c);
            double decay = decay(input, c, es);
            // without member links a story keeps no recent members: its list is not read (one cache miss less)
            boolean members = rank < MEMBER_SCORED && config.memberLinks() > 0 && !c.recent.isEmpty();
            // the score is decay * (a * cosine + b) before the doubts, which only lower it; a candidate below the
            // bar can be neither the story joined nor a second story merged, so its cosine may stop early
            double least = Double.NEGATIVE_INFINITY;
            if (!members) {
                double a = blended ? 1 - config.entityWeight() : 1;
                double b = (blended ? config.entityWeight() * es : 0) + entityBonus + eventBonus + occasionBonus
                        + headlineBonus;
                least = (bar(best, runnerUp) / decay - b) / a;
            }
            double cosine = bounded.cosine(c.terms, c.termNorm, least);
            if (cosine == BoundedCosine.BELOW) {
                continue;
            }
            double s = cosine;
            if (members) {
                s = Math.max(s, c.bestMember(terms));
            }
            if (blended) {
                s = (1 - config.entityWeight()) * s + config.entityWeight() * es;
            }
            if (namesAgree && config.entityBonus() > 0) {
                s += entityBonus;
            }
            if (!q.events.isEmpty() && c.events != null) {
                s += eventBonus;
            }
            if (!q.occasions.isEmpty() && c.events != null) {
                s += occasionBonus;
            }
            s += headlineBonus;
            double score = s * decay;
            // the doubts only lower a score, and a score below the threshold neither joins nor merges
            if (score >= config.threshold()) {
                score *= config.against().factor(q.terms, q.nameTerms, q.occasions, q.days, q.venues, q.actors, c,
                        cosine);
            }
            scored.add(new Scored(c, score));
            if (score > best) {
                runnerUp = best;
                best = score;
            } else if (score > runnerUp) {
                runnerUp = score;
            }
        }
        scored.sort(Comparator.comparingDouble((Scored x) -> -x.score).thenComparingLong(x -> x.story.sequence));
        return scored;
    }

    /**
     * The least score a candidate must reach to matter, given the best and the second best scores so far: the
     * threshold (below it a story is neither joined nor merged), the second best (a candidate below two others is
     * neither), and the best up to the merge threshold (a candidate below the best can only be the second story,
     * which merges only from the merge threshold on; below it, whichever candidate is second, none merges). A
     * candidate certainly below this leaves the join and the merge as they are.
     */
    private double bar(double best, double runnerUp) {
        return Math.max(config.threshold(), Math.max(runnerUp, Math.min(best, config.mergeThreshold())));
    }

    /**
     * exp(-(gap - grace) / tau) for the gap to the story's latest article, 1 within the grace period; the time
     * constant grows from {@code decay} towards {@code entityDecay} with the entity cosine {@code es}.
     */
    private double decay(ClusterInput input, StoryCentroid story, double es) {
        Duration decay = config.decay();
        if (decay == null || input.when() == null || story.lastWhen == null) {
            return 1;
        }
        double tau = decay.toSeconds();
        if (config.entityDecay() != null && config.entityDecay().toSeconds() > tau) {
            tau += Math.min(1, es) * (config.entityDecay().toSeconds() - tau);
        }
        double grace = config.grace() == null ? 0 : config.grace().toSeconds();
        double gap = Math.abs(seconds(story.lastWhen, input.when())) - grace;
        return gap <= 0 ? 1 : Math.exp(-gap / tau);
    }

    /**
     * {@code Duration.between(from, to).toSeconds()} without the duration: whole seconds, rounded down (the
     * nanoseconds' difference lies within one second either way).
     */
    static long seconds(java.time.Instant from, java.time.Instant to) {
        return to.getEpochSecond() - from.getEpochSecond() + Math.floorDiv(to.getNano() - from.getNano(), 1_000_000_000);
    }

    /**
     * The {@code k} term keys the story is to be indexed under: its heaviest centroid terms times the current
     * idf (ties: the terms it is indexed under first). After a join ({@code article} given) only the terms it is indexed under and the new
     * article's terms are candidates (the only weights that changed), so re-indexing costs in proportion to
     * those, not to the whole centroid; after a merge the whole centroid is.
     */
    private static long[] indexTerms(StoryCentroid story, TermVector article, ClusterState state, int k) {
        LongDoubleMap centroid = story.terms;
        long[] keys;
        int n = 0;
        if (article == null) {
            keys = new long[centroid.size()];
            for (int i = 0; i < centroid.capacity(); i++) {
                if (centroid.keyAt(i) != 0) {
                    keys[n++] = centroid.keyAt(i);
                }
            }
        } else {
            keys = new long[story.indexed.length + article.size];
            for (long t : story.indexed) {
                keys[n++] = t;
            }
            for (int i = 0; i < article.size; i++) {
                long t = article.keys[i];
                if (!contains(story.indexed, t)) {
                    keys[n++] = t;
                }
            }
        }
        double[] weights = new double[n];
        int m = 0;
        state.touched += state.documentFrequency.touch(keys, n);
        for (int i = 0; i < n; i++) {
            double w = centroid.get(keys[i]);
            if (w == w) {
                keys[m] = keys[i];
                weights[m++] = w * state.idf(keys[i]);
            }
        }
        int kept = Heaviest.select(keys, weights, m, k);
        return java.util.Arrays.copyOf(keys, kept);
    }

    /** The keys, each with weight 1. */
    private static TermVector ones(long[] keys) {
        double[] w = new double[keys.length];
        java.util.Arrays.fill(w, 1);
        return new TermVector(keys, w, keys.length);
    }

    private static boolean contains(long[] keys, long key) {
        for (long k : keys) {
            if (k == key) {
                return true;
            }
        }
        return false;
    }

    private record Scored(StoryCentroid story, double score) {
    }
}
