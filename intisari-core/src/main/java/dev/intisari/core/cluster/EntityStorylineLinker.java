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
        List<Map<String, Integer>> counts = new ArrayList<>(n);
        List<Set<String>> actors = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        for (Story s : ordered) {
            Map<String, Integer> tf = new TreeMap<>();
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
            counts.add(tf);
            actors.add(entityCounts.isEmpty() ? nameWords(s, articles) : top(entityCounts, config.topEntities()));
        }
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = unit(counts.get(i), df, n);
            vectors.add(v);
            for (String t : top(v, config.topTerms())) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int story = 0; story < n; story++) {
            int i = story;
            Set<Integer> candidates = new HashSet<>();
            for (String t : top(vectors.get(i), config.topTerms())) {
                List<Integer> posting = postings.get(t);
                if (posting.size() <= config.maxPosting()) {
                    posting.stream().filter(j -> j > i).forEach(candidates::add);
                }
            }
            for (int j : candidates.stream().sorted().toList()) {
                if (linked(ordered.get(i), ordered.get(j), vectors.get(i), vectors.get(j), actors.get(i),
                        actors.get(j))) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Integer>> components = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Storyline> lines = new ArrayList<>();
        for (List<Integer> members : components.values()) {
            if (members.size() > 1) {
                Story first = ordered.get(members.get(0));
                lines.add(new Storyline(StableId.of("l", first.id()), title(members, ordered, vectors),
                        members.stream().map(i -> ordered.get(i).id()).toList()));
            }
        }
        return lines;
    }

    private boolean linked(Story a, Story b, Map<String, Double> va, Map<String, Double> vb, Set<String> ea,
                           Set<String> eb) {
        if (a.end() != null && b.start() != null && Duration.between(LocalDate.parse(a.end()).atStartOfDay(),
                LocalDate.parse(b.start()).atStartOfDay()).compareTo(config.maxGap()) > 0) {
            return false;
        }
        double cosine = dot(va, vb);
        if (ea.isEmpty() || eb.isEmpty()) {
            return cosine >= config.textOnlyThreshold();
        }
        long shared = ea.stream().filter(eb::contains).count();
        boolean names = ea.iterator().next().startsWith(NAME_WORD) || eb.iterator().next().startsWith(NAME_WORD);
        int needed = config.minSharedEntities() + (names ? 1 : 0);
        return cosine >= config.termThreshold() && shared >= Math.min(needed, Math.min(ea.size(), eb.size()))
                || cosine >= config.textOnlyThreshold();
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

    private static Map<String, Double> unit(Map<String, Integer> tf, Map<String, Integer> df, int n) {
        Map<String, Double> v = new HashMap<>();
        double sum = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * Math.log((n + 1.0) / (df.get(e.getKey()) + 0.5));
            v.put(e.getKey(), w);
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

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }
}
