package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.StableId;
import dev.intisari.model.Story;
import dev.intisari.model.Storyline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links stories that continue one thread (the same actors and question: an arrest, then the hearing, then
 * the verdict) into storylines. Each story gets a profile: TF-IDF terms of its articles' titles and leads
 * (IDF over stories) and its most mentioned people and organisations. Two stories link when their terms are
 * similar and they share actors, or, when entities are unknown, when their terms alone are clearly similar;
 * linked stories form a storyline (connected components, found through an inverted index of top terms, so
 * no story is compared with every other). A storyline is titled with the title of its most representative
 * story (the one closest to the storyline's centroid); its id derives from its earliest story. Only
 * storylines of two or more stories are returned, earliest first.
 */
public final class EntityStorylineLinker implements StorylineLinker {
    private static final Comparator<Story> BY_START = Comparator
            .comparing(Story::start, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Story::id);
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{M}]{2,}");
    private static final String NAME_WORD = "\u0002";
    /** Terms kept per story profile, and storylines scored per story: bounds the cost per story. */
    private static final int STORY_TERMS = 64;
    private static final int MAX_CANDIDATES = 30;
    private final StorylineConfig config;
    private final ArticleFeatures features;

    public EntityStorylineLinker() {
        this(StorylineConfig.defaults(), new ArticleFeatures());
    }

    public EntityStorylineLinker(StorylineConfig config, ArticleFeatures features) {
        this.config = Objects.requireNonNull(config);
        this.features = Objects.requireNonNull(features);
    }

    @Override
    public List<Storyline> link(List<Story> stories, Map<String, Article> articles) {
        List<Reading> readings = new ArrayList<>(stories.size());
        for (Story s : stories) {
            readings.add(read(s, s.articles().stream().map(articles::get).toList()));
        }
        return link(stories, readings, articles);
    }

    /**
     * A story's terms (of its articles' titles and leads, with their counts, in term order) and its actors (its
     * most mentioned people and organisations, or {@link #nameWords} when it has none), before the run's
     * document frequencies and the actors common to too many stories are known.
     */
    @Override
    public Reading read(Story story, List<Article> articles) {
        Map<String, int[]> tf = new HashMap<>();
        Map<String, Integer> entityCounts = new HashMap<>();
        for (Article a : articles) {
            if (a != null) {
                for (String t : features.terms(a)) {
                    tf.computeIfAbsent(t, k -> new int[1])[0]++;
                }
                for (Entity e : a.entities()) {
                    if (e.type() != EntityType.LOCATION) {
                        entityCounts.merge(e.name(), e.mentions().size(), Integer::sum);
                    }
                }
            }
        }
        List<Map.Entry<String, int[]>> sorted = new ArrayList<>(tf.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        String[] terms = new String[sorted.size()];
        int[] counts = new int[sorted.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = sorted.get(i).getKey();
            counts[i] = sorted.get(i).getValue()[0];
        }
        return new StoryTerms(terms, counts,
                entityCounts.isEmpty() ? nameWords(articles) : top(entityCounts, config.topEntities()));
    }

    /** What {@link #read} keeps of a story: its terms in term order with their counts, and its actors. */
    private record StoryTerms(String[] terms, int[] counts, Set<String> actors) implements Reading {
    }

    @Override
    public List<Storyline> link(List<Story> stories, List<Reading> readings, Map<String, Article> articles) {
        if (readings.size() != stories.size()) {
            throw new IllegalArgumentException(readings.size() + " readings for " + stories.size() + " stories");
        }
        Integer[] byStart = new Integer[stories.size()];
        for (int i = 0; i < byStart.length; i++) {
            byStart[i] = i;
        }
        java.util.Arrays.sort(byStart, Comparator.comparing(stories::get, BY_START));
        int n = byStart.length;
        List<Story> ordered = new ArrayList<>(n);
        Vocabulary vocabulary = new Vocabulary();
        List<int[][]> counts = new ArrayList<>(n);
        List<Set<String>> actors = new ArrayList<>(n);
        for (int i : byStart) {
            Story s = stories.get(i);
            ordered.add(s);
            Reading reading = readings.get(i);
            StoryTerms read = (StoryTerms) (reading instanceof StoryTerms ? reading
                    : read(s, s.articles().stream().map(articles::get).toList()));
            counts.add(vocabulary.count(read.terms(), read.counts()));
            actors.add(new HashSet<>(read.actors()));
        }
        dropCommon(actors, n);
        // each story's profile and its top terms depend on that story and the document frequencies only:
        // made on all cores (in a parallel stream's pool), in order
        List<Profile> vectors = java.util.stream.IntStream.range(0, n).parallel()
                .mapToObj(i -> Profile.of(counts.get(i), vocabulary, n, STORY_TERMS)).toList();
        counts.clear(); // only the profiles are read from now on
        List<int[]> tops = java.util.stream.IntStream.range(0, n).parallel()
                .mapToObj(i -> vectors.get(i).top(config.topTerms(), vocabulary)).toList();
        Days days = new Days(ordered);
        // online over stories in time order: a story joins the storyline it fits best (judged against the
        // whole storyline, not one member, so that threads do not drift from topic to topic) or starts one
        List<Line> lines = new ArrayList<>();
        LinePostings postings = new LinePostings(config.maxPosting());
        OverlapTally overlap = new OverlapTally();
        for (int j = 0; j < n; j++) {
            Profile profile = vectors.get(j);
            int[] top = tops.get(j);
            overlap.clear();
            for (int t : top) {
                if (postings.readable(t)) {
                    overlap.nextTerm();
                    int[] posting = postings.lines(t);
                    for (int p = 0, size = postings.size(t); p < size; p++) {
                        overlap.count(posting[p]);
                    }
                }
            }
            int[] chosen = overlap.top(MAX_CANDIDATES);
            Line best = null;
            double bestScore = 0;
            for (int c : chosen) {
                Line line = lines.get(c);
                double cosine = line.norm == 0 ? 0 : profile.dot(line.centroid) / line.norm;
                if (cosine > bestScore && fits(line, j, days, cosine, actors.get(j))) {
                    best = line;
                    bestScore = cosine;
                }
            }
            if (best == null) {
                best = new Line(lines.size(), j);
                lines.add(best);
            }
            best.add(j, profile, actors.get(j));
            for (int t : top) {
                postings.post(t, best.id);
            }
        }
        List<Storyline> out = new ArrayList<>();
        for (Line line : lines) {
            if (line.members.size() > 1) {
                Story first = ordered.get(line.first);
                out.add(new Storyline(StableId.of("l", first.id()), title(line.members, ordered, vectors),
                        line.members.stream().map(i -> ordered.get(i).id()).toList()));
            }
        }
        return out;
    }

    /**
     * The stories' first and last days, each parsed once, when first asked for (a story compared with many
     * storylines would otherwise parse its dates once per comparison).
     */
    private static final class Days {
        private final List<Story> ordered;
        private final LocalDate[] starts;
        private final LocalDate[] ends;

        Days(List<Story> ordered) {
            this.ordered = ordered;
            this.starts = new LocalDate[ordered.size()];
            this.ends = new LocalDate[ordered.size()];
        }

        LocalDate start(int i) {
            if (starts[i] == null) {
                starts[i] = LocalDate.parse(ordered.get(i).start());
            }
            return starts[i];
        }

        LocalDate end(int i) {
            if (ends[i] == null) {
                ends[i] = LocalDate.parse(ordered.get(i).end());
            }
            return ends[i];
        }

        boolean known(int i) {
            return ordered.get(i).start() != null;
        }

        boolean ended(int i) {
            return ordered.get(i).end() != null;
        }
    }

    /** Actors named in too many stories (a president, a big club) say nothing about one thread. */
    private void dropCommon(List<Set<String>> actors, int n) {
        Map<String, Integer> storiesNaming = new HashMap<>();
        actors.forEach(set -> set.forEach(a -> storiesNaming.merge(a, 1, Integer::sum)));
        double cap = Math.max(3, config.maxActorShare() * n);
        for (Set<String> set : actors) {
            set.removeIf(a -> storiesNaming.get(a) > cap);
        }
    }

    private boolean fits(Line line, int story, Days days, double cosine, Set<String> actors) {
        int last = line.members.get(line.members.size() - 1);
        // the time from the start of one day to the start of another is whole days (a local date-time has no zone)
        if (days.ended(last) && days.known(story)
                && Duration.ofDays(days.start(story).toEpochDay() - days.end(last).toEpochDay())
                .compareTo(config.maxGap()) > 0) {
            return false;
        }
        if (actors.isEmpty() || line.actors.isEmpty()) {
            return cosine >= config.textOnlyThreshold();
        }
        long shared = 0;
        for (String actor : actors) {
            shared += line.actors.containsKey(actor) ? 1 : 0;
        }
        boolean names = actors.iterator().next().startsWith(NAME_WORD);
        int needed = config.minSharedEntities() + (names ? 1 : 0);
        return cosine >= config.termThreshold() && shared >= Math.min(needed, actors.size())
                || cosine >= config.textOnlyThreshold();
    }

    /**
     * A storyline being built: its stories (indexes in time order), its term centroid (term id + 1 to weight)
     * and actors.
     */
    private static final class Line {
        /** Index in creation order, which is also the order of {@link #first}. */
        final int id;
        final int first;
        final List<Integer> members = new ArrayList<>();
        final LongDoubleMap centroid = new LongDoubleMap(64);
        final Map<String, Integer> actors = new HashMap<>();
        /** The centroid's sum of squares, kept as stories are added (a recount would be quadratic in size). */
        double squares;
        double norm;

        Line(int id, int first) {
            this.id = id;
            this.first = first;
        }

        void add(int story, Profile profile, Set<String> storyActors) {
            members.add(story);
            for (int i = 0; i < profile.ids.length; i++) {
                squares += centroid.addSquareGrowth(profile.ids[i] + 1L, profile.weights[i]);
            }
            storyActors.forEach(a -> actors.merge(a, 1, Integer::sum));
            norm = Math.sqrt(Math.max(0, squares));
        }
    }

    /**
     * Stand-ins for actors when entities are unknown: the capitalised words of the story's titles and leads
     * that do not start a sentence (names of people, places and bodies), most frequent first. Sharing one
     * more of them than of real entities counts as sharing actors.
     */
    private Set<String> nameWords(List<Article> articles) {
        Map<String, Integer> counts = new HashMap<>();
        for (Article a : articles) {
            if (a == null) {
                continue;
            }
            String text = (a.title() == null ? "" : a.title() + ". ") + ArticleFeatures.lead(a.text(), 1500);
            Matcher m = CAPITALISED.matcher(text);
            while (m.find()) {
                if (!sentenceStart(text, m.start())) {
                    counts.merge(NAME_WORD + m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        return top(counts, config.topEntities() + 4);
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?\"'\u201C".indexOf(text.charAt(i)) >= 0;
    }

    /** The title of the member story closest to the storyline centroid (ties: the earliest). */
    private static String title(List<Integer> members, List<Story> ordered, List<Profile> vectors) {
        LongDoubleMap centroid = new LongDoubleMap(64);
        members.forEach(i -> vectors.get(i).addTo(centroid));
        int best = members.get(0);
        double bestScore = -1;
        for (int i : members) {
            double s = vectors.get(i).dot(centroid);
            if (s > bestScore + 1e-12) {
                bestScore = s;
                best = i;
            }
        }
        return ordered.get(best).title();
    }

    /**
     * The run's terms as ids (in order of first sight) with their document frequency over stories: a story's
     * counts are two int arrays (ids and counts, in term order, as {@link #read} sorts them, so the weights
     * come out the same), held until the document frequencies are known.
     */
    private static final class Vocabulary {
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> terms = new ArrayList<>();
        int[] df = new int[1024];

        int[][] count(String[] terms, int[] termCounts) {
            int[] termIds = new int[terms.length];
            int[] counts = new int[terms.length];
            int i = 0;
            for (String term : terms) {
                Integer id = ids.get(term);
                if (id == null) {
                    id = this.terms.size();
                    ids.put(term, id);
                    this.terms.add(term);
                    if (id == df.length) {
                        df = java.util.Arrays.copyOf(df, df.length * 2);
                    }
                }
                df[id]++;
                termIds[i] = id;
                counts[i] = termCounts[i];
                i++;
            }
            return new int[][] {termIds, counts};
        }
    }

    /**
     * A story's unit TF-IDF profile, cut to its heaviest terms (ties: the term first in order) and normalised
     * again: term ids and weights in two arrays (in term order), instead of a map of boxed weights per story.
     */
    private record Profile(int[] ids, double[] weights) {
        static Profile of(int[][] tf, Vocabulary vocabulary, int n, int keep) {
            int[] ids = tf[0];
            int[] counts = tf[1];
            double[] w = new double[ids.length];
            double sum = 0;
            for (int i = 0; i < ids.length; i++) {
                w[i] = (1 + Math.log(counts[i])) * Math.log((n + 1.0) / (vocabulary.df[ids[i]] + 0.5));
                sum += w[i] * w[i];
            }
            double norm = Math.sqrt(sum);
            if (norm > 0) {
                for (int i = 0; i < w.length; i++) {
                    w[i] /= norm;
                }
            }
            Profile all = new Profile(ids, w);
            if (ids.length <= keep) {
                return all.normalised();
            }
            boolean[] kept = new boolean[ids.length];
            for (int i : all.heaviest(keep, vocabulary)) {
                kept[i] = true;
            }
            int[] keptIds = new int[keep];
            double[] keptWeights = new double[keep];
            int m = 0;
            for (int i = 0; i < ids.length; i++) {
                if (kept[i]) {
                    keptIds[m] = ids[i];
                    keptWeights[m++] = w[i];
                }
            }
            return new Profile(keptIds, keptWeights).normalised();
        }

        private Profile normalised() {
            double sum = 0;
            for (double x : weights) {
                sum += x * x;
            }
            double norm = Math.sqrt(sum);
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= norm;
            }
            return this;
        }

        /** Positions of the {@code k} heaviest terms (ties: the term first in order). */
        private int[] heaviest(int k, Vocabulary vocabulary) {
            Integer[] order = new Integer[ids.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -weights[i])
                    .thenComparing(i -> vocabulary.terms.get(ids[i])));
            int[] out = new int[Math.min(k, order.length)];
            for (int i = 0; i < out.length; i++) {
                out[i] = order[i];
            }
            return out;
        }

        /** The ids of the {@code k} heaviest terms. */
        int[] top(int k, Vocabulary vocabulary) {
            int[] at = heaviest(k, vocabulary);
            int[] out = new int[at.length];
            for (int i = 0; i < at.length; i++) {
                out[i] = ids[at[i]];
            }
            return out;
        }

        double dot(LongDoubleMap centroid) {
            double dot = 0;
            for (int i = 0; i < ids.length; i++) {
                double w = centroid.get(ids[i] + 1L);
                if (w == w) {
                    dot += weights[i] * w;
                }
            }
            return dot;
        }

        void addTo(LongDoubleMap centroid) {
            for (int i = 0; i < ids.length; i++) {
                centroid.add(ids[i] + 1L, weights[i]);
            }
        }
    }

    private static <N extends Number> Set<String> top(Map<String, N> weights, int k) {
        List<Map.Entry<String, N>> entries = new ArrayList<>(weights.entrySet());
        entries.sort(Comparator.comparingDouble((Map.Entry<String, N> e) -> -e.getValue().doubleValue())
                .thenComparing(Map.Entry::getKey));
        Set<String> top = new HashSet<>();
        entries.stream().limit(k).forEach(e -> top.add(e.getKey()));
        return top;
    }

}
