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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Locale;
import java.util.TreeMap;
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
        List<Story> ordered = stories.stream().sorted(BY_START).toList();
        int n = ordered.size();
        List<TermCounts> counts = new ArrayList<>(n);
        Map<String, String> vocabulary = new HashMap<>();
        List<Set<String>> actors = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        for (Story s : ordered) {
            TreeMap<String, Integer> tf = new TreeMap<>();
            Map<String, Integer> entityCounts = new HashMap<>();
            for (String id : s.articles()) {
                Article a = articles.get(id);
                if (a != null) {
                    features.input(a, null).terms().forEach(t -> tf.merge(t, 1, Integer::sum));
                    for (Entity e : a.entities()) {
                        if (e.type() != EntityType.LOCATION) {
                            entityCounts.merge(e.name(), e.mentions().size(), Integer::sum);
                        }
                    }
                }
            }
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            counts.add(TermCounts.of(tf, vocabulary));
            actors.add(entityCounts.isEmpty() ? nameWords(s, articles) : top(entityCounts, config.topEntities()));
        }
        dropCommon(actors, n);
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = unit(counts.get(i), df, n);
            counts.set(i, null); // only the vector is read from now on
            Set<String> kept = top(v, STORY_TERMS);
            v.keySet().retainAll(kept);
            double norm = Math.sqrt(dot(v, v));
            v.replaceAll((t, w) -> w / norm);
            vectors.add(v);
        }
        // online over stories in time order: a story joins the storyline it fits best (judged against the
        // whole storyline, not one member, so that threads do not drift from topic to topic) or starts one
        List<Line> lines = new ArrayList<>();
        Line[] lineOf = new Line[n];
        for (int j = 0; j < n; j++) {
            Set<String> top = top(vectors.get(j), config.topTerms());
            Map<Line, Integer> overlap = new HashMap<>();
            for (String t : top) {
                List<Integer> posting = postings.get(t);
                if (posting != null && posting.size() <= config.maxPosting()) {
                    Set<Line> seen = new HashSet<>();
                    posting.forEach(i -> {
                        if (seen.add(lineOf[i])) {
                            overlap.merge(lineOf[i], 1, Integer::sum);
                        }
                    });
                }
            }
            Comparator<Map.Entry<Line, Integer>> byOverlap = Map.Entry.<Line, Integer>comparingByValue().reversed()
                    .thenComparing(e -> e.getKey().members.get(0));
            List<Line> candidates = overlap.entrySet().stream().sorted(byOverlap).limit(MAX_CANDIDATES)
                    .map(Map.Entry::getKey).sorted(Comparator.comparingInt(l -> l.members.get(0))).toList();
            Line best = null;
            double bestScore = 0;
            for (Line line : candidates) {
                double cosine = line.norm == 0 ? 0 : dot(vectors.get(j), line.centroid) / line.norm;
                if (cosine > bestScore && fits(line, ordered.get(j), ordered, cosine, actors.get(j))) {
                    best = line;
                    bestScore = cosine;
                }
            }
            if (best == null) {
                best = new Line();
                lines.add(best);
            }
            best.add(j, vectors.get(j), actors.get(j));
            lineOf[j] = best;
            for (String t : top) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(j);
            }
        }
        List<Storyline> out = new ArrayList<>();
        for (Line line : lines) {
            if (line.members.size() > 1) {
                Story first = ordered.get(line.members.get(0));
                out.add(new Storyline(StableId.of("l", first.id()), title(line.members, ordered, vectors),
                        line.members.stream().map(i -> ordered.get(i).id()).toList()));
            }
        }
        return out;
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

    private boolean fits(Line line, Story story, List<Story> ordered, double cosine, Set<String> actors) {
        Story last = ordered.get(line.members.get(line.members.size() - 1));
        if (last.end() != null && story.start() != null && Duration.between(LocalDate.parse(last.end())
                .atStartOfDay(), LocalDate.parse(story.start()).atStartOfDay()).compareTo(config.maxGap()) > 0) {
            return false;
        }
        if (actors.isEmpty() || line.actors.isEmpty()) {
            return cosine >= config.textOnlyThreshold();
        }
        long shared = actors.stream().filter(line.actors::containsKey).count();
        boolean names = actors.iterator().next().startsWith(NAME_WORD);
        int needed = config.minSharedEntities() + (names ? 1 : 0);
        return cosine >= config.termThreshold() && shared >= Math.min(needed, actors.size())
                || cosine >= config.textOnlyThreshold();
    }

    /** A storyline being built: its stories (indexes in time order), term centroid and actors. */
    private static final class Line {
        final List<Integer> members = new ArrayList<>();
        final Map<String, Double> centroid = new HashMap<>();
        final Map<String, Integer> actors = new HashMap<>();
        double norm;

        void add(int story, Map<String, Double> vector, Set<String> storyActors) {
            members.add(story);
            vector.forEach((t, w) -> centroid.merge(t, w, Double::sum));
            storyActors.forEach(a -> actors.merge(a, 1, Integer::sum));
            double sum = 0;
            for (double w : centroid.values()) {
                sum += w * w;
            }
            norm = Math.sqrt(sum);
        }
    }

    /**
     * Stand-ins for actors when entities are unknown: the capitalised words of the story's titles and leads
     * that do not start a sentence (names of people, places and bodies), most frequent first. Sharing one
     * more of them than of real entities counts as sharing actors.
     */
    private Set<String> nameWords(Story story, Map<String, Article> articles) {
        Map<String, Integer> counts = new HashMap<>();
        for (String id : story.articles()) {
            Article a = articles.get(id);
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
    private static String title(List<Integer> members, List<Story> ordered, List<Map<String, Double>> vectors) {
        Map<String, Double> centroid = new HashMap<>();
        members.forEach(i -> vectors.get(i).forEach((t, w) -> centroid.merge(t, w, Double::sum)));
        int best = members.get(0);
        double bestScore = -1;
        for (int i : members) {
            double s = dot(vectors.get(i), centroid);
            if (s > bestScore + 1e-12) {
                bestScore = s;
                best = i;
            }
        }
        return ordered.get(best).title();
    }

    /**
     * A story's term counts held as two arrays in term order (the order a sorted map gives, so the weights
     * come out the same), the terms shared through the run's vocabulary: every story's counts are held until
     * the document frequencies are known, and a map per story would cost several times more.
     */
    private record TermCounts(String[] terms, int[] counts) {
        static TermCounts of(TreeMap<String, Integer> tf, Map<String, String> vocabulary) {
            String[] terms = new String[tf.size()];
            int[] counts = new int[tf.size()];
            int i = 0;
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                terms[i] = vocabulary.computeIfAbsent(e.getKey(), t -> t);
                counts[i++] = e.getValue();
            }
            return new TermCounts(terms, counts);
        }
    }

    private static Map<String, Double> unit(TermCounts tf, Map<String, Integer> df, int n) {
        Map<String, Double> v = new HashMap<>();
        double sum = 0;
        for (int i = 0; i < tf.terms().length; i++) {
            String term = tf.terms()[i];
            double w = (1 + Math.log(tf.counts()[i])) * Math.log((n + 1.0) / (df.get(term) + 0.5));
            v.put(term, w);
            sum += w * w;
        }
        double norm = Math.sqrt(sum);
        if (norm > 0) {
            v.replaceAll((k, w) -> w / norm);
        }
        return v;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
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
