package dev.intisari.core.summary;

import dev.intisari.core.quote.QuoteMerger;
import dev.intisari.core.time.TimelineBuilder;
import dev.intisari.model.Article;
import dev.intisari.model.Citation;
import dev.intisari.model.Origin;
import dev.intisari.model.StableId;
import dev.intisari.model.Story;
import dev.intisari.model.StoryGroup;
import dev.intisari.model.StoryKeyPoint;
import dev.intisari.model.StoryQuote;
import dev.intisari.model.TokenizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * Explains a story by citing its articles. Every usable sentence of every article has the score the article
 * model gave it when the article's key points were chosen ({@link Article#sentenceScores}, made again by
 * {@link SupervisedMmrSummarizer#scores} for an article without them); the best few of each article are candidates. A candidate's
 * support is every sentence of the story that states the same thing ({@link StorySentences#sameFact}); its
 * value adds to its own score how many of the story's outlets carry it, how central it is to the story, and
 * how late it was first reported (the latest development); a candidate that opens by pointing back to a sentence
 * the reader does not see ("Ia menambahkan ...", "Hal itu disampaikan ...": {@link DependentOpenings}) comes
 * after every other. Maximal marginal relevance picks 3 to 5 points
 * (a one-article story gets that article's own count); each point is its candidate sentence trimmed by
 * deletions, citing first that sentence and then every supporting sentence in publication order.
 * <p>
 * Order: chronological — by the publication of the first article that reported the point, then by the
 * sentence's position — so the story reads as it unfolded and its newest development comes last.
 * The title is the headline of the article that carries the most key points (closest to the story's
 * centroid on ties); when no article has a headline (plain text without one), it is made from the first
 * key point by {@link StoryTitle#headline}. Entities, outlet coverage: see {@link StoryCoverage}. Quotes and timeline are delegated.
 */
public final class CitingStoryExplainer implements StoryExplainer {
    /** Weight of outlet support (share of the story's outlets carrying the point). */
    private static final double SUPPORT_WEIGHT = 0.6;
    /** Weight of centrality (mean cosine with the story's sentences, scaled). */
    private static final double CENTRALITY_WEIGHT = 0.3;
    /** Weight of lateness of first report, for stories of several publication times. */
    private static final double RECENCY_WEIGHT = 0.15;
    /** Taken from a point that opens by pointing back ({@link DependentOpenings}): more than any other term adds. */
    private static final double DEPENDENT_PENALTY = 2.0;
    private static final DependentOpenings DEPENDENT = new DependentOpenings();
    /** The pipeline's flag of an article whose text shows the traces of machine translation. */
    private static final String MACHINE_TRANSLATED = "machine-translated";

    private final QuoteMerger quotes;
    private final TimelineBuilder timeline;
    private final SupervisedMmrSummarizer scorer;
    private final PointTrimmer trimmer;
    private final KeyPointConfig config;

    public CitingStoryExplainer(QuoteMerger quotes, TimelineBuilder timeline) {
        this(quotes, timeline, new SupervisedMmrSummarizer(), new PointTrimmer(), KeyPointConfig.DEFAULTS);
    }

    public CitingStoryExplainer(QuoteMerger quotes, TimelineBuilder timeline, SupervisedMmrSummarizer scorer,
                                PointTrimmer trimmer, KeyPointConfig config) {
        this.quotes = Objects.requireNonNull(quotes);
        this.timeline = Objects.requireNonNull(timeline);
        this.scorer = Objects.requireNonNull(scorer);
        this.trimmer = Objects.requireNonNull(trimmer);
        this.config = Objects.requireNonNull(config);
    }

    @Override
    public Story explain(StoryGroup group, List<Article> articles) {
        // one reader for the story, its vocabulary shared by the story's articles (ids in order of first sight), with one
        // word table: a word its articles share is stemmed once (ids come from the vocabulary, so they are the same as
        // with a table per article); the word table starts at one article's size, as only an article without the
        // terms its key points carried is read again
        int expected = SentenceSet.ARTICLE_WORDS * Math.min(articles.size(), 16);
        TermAnalyzer.Reader story = new TermAnalyzer.Reader(null, new WordTable(SentenceSet.ARTICLE_WORDS),
                new WordTable(expected));
        List<TermsInStory> sets = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        for (Article a : articles) {
            TokenizedText text = new TokenizedText(a.text(), a.headings(), a.sentences(), List.of());
            TermsInStory set = TermsInStory.read(a, config.readable(text), story);
            sets.add(set);
            scores.add(sentenceScores(a, text, set.size()));
        }
        StorySentences units = new StorySentences(sets, config.minWords(), TermsInStory.numeric(story));
        List<StoryKeyPoint> points = keyPoints(group, articles, sets, scores, units);
        List<StoryQuote> merged = quotes.merge(articles);
        LinkedHashSet<String> wire = new LinkedHashSet<>();
        articles.forEach(a -> wire.addAll(a.wire()));
        String start = articles.stream().filter(a -> a.published() != null)
                .map(a -> a.published().date().toString()).min(String::compareTo).orElse(null);
        String end = articles.stream().filter(a -> a.published() != null)
                .map(a -> a.published().date().toString()).max(String::compareTo).orElse(null);
        String first = articles.isEmpty() ? group.id() : articles.get(0).id();
        return new Story(group.id(), StoryTitle.of(group, articles, sets, points, units), group.articles(), start,
                end, new Origin(first, List.copyOf(wire)), points, timeline.build(articles),
                StoryCoverage.entities(articles), merged, StoryCoverage.outlets(articles, points, merged));
    }

    /**
     * The article's sentence scores as its key points were chosen by ({@link Article#sentenceScores}, one per
     * sentence read); for an article that does not carry them (read back from the output), the same scores made
     * again.
     */
    private double[] sentenceScores(Article a, TokenizedText text, int sentences) {
        List<Double> carried = a.sentenceScores();
        if (carried.size() != sentences) {
            return scorer.scores(a.title(), text, a.entities());
        }
        double[] scores = new double[sentences];
        for (int i = 0; i < sentences; i++) {
            scores[i] = carried.get(i);
        }
        return scores;
    }

    private List<StoryKeyPoint> keyPoints(StoryGroup group, List<Article> articles, List<TermsInStory> sets,
                                          List<double[]> scores, StorySentences units) {
        int n = units.size();
        if (n == 0) {
            return List.of();
        }
        String[] outletOf = outletNames(articles);
        int allOutlets = new LinkedHashSet<>(Arrays.asList(outletOf)).size();
        // a unit that leans on what the reader does not see ranks after every other, already when each article's
        // candidates are chosen (so that an article whose best sentences lean on others still offers its best plain
        // ones); telling needs the unit trimmed, so a unit is trimmed and valued only when it may rank (see best)
        String[] trimmed = new String[n];
        double[] ranked = new double[n];
        IntToDoubleFunction rank = u -> {
            Article source = articles.get(units.article(u));
            String sentence = source.sentenceText(units.sentence(u));
            trimmed[u] = trimmer.trim(sentence);
            // added up: within a machine-translated article, a sentence that leans on others still ranks last
            ranked[u] = scores.get(units.article(u))[units.sentence(u)]
                    - ((leansOnOthers(sentence, trimmed[u]) ? DEPENDENT_PENALTY : 0)
                    + (source.flags().contains(MACHINE_TRANSLATED) ? DEPENDENT_PENALTY : 0));
            return ranked[u];
        };
        boolean[] candidate = StoryCandidates.choose(u -> scores.get(units.article(u))[units.sentence(u)], rank, ranked,
                units, config.candidatesPerArticle(), config.storyCandidates());
        List<Candidate> found = supported(articles, units, candidate, ranked, trimmed, outletOf, allOutlets);
        int k = articles.size() <= 1 ? config.articlePointsFor(n)
                : Math.min(config.storyPoints(), Math.max(config.storyMinPoints(), 2 + allOutlets));
        List<Candidate> chosen = select(found, units, k);
        chosen.sort(Comparator.comparingInt(Candidate::firstArticle)
                .thenComparingInt(c -> units.sentence(c.unit())));
        List<StoryKeyPoint> points = new ArrayList<>();
        for (Candidate c : chosen) {
            Article article = articles.get(units.article(c.unit()));
            String sentence = c.sentence();
            String text = c.trimmed();
            if (!DeletionCheck.derivable(text, sentence)) {
                text = sentence.strip();
            }
            List<Citation> citations = new ArrayList<>();
            citations.add(new Citation(article.id(), units.sentence(c.unit())));
            for (int v : c.support()) {
                if (v != c.unit()) {
                    citations.add(new Citation(articles.get(units.article(v)).id(), units.sentence(v)));
                }
            }
            points.add(new StoryKeyPoint(StableId.of("kp", group.id(), text), text, citations, c.outlets()));
        }
        return points;
    }

    /** Each article's outlet name, by article. */
    private static String[] outletNames(List<Article> articles) {
        String[] outletOf = new String[articles.size()];
        for (int a = 0; a < articles.size(); a++) {
            outletOf[a] = StoryCoverage.outletName(articles.get(a));
        }
        return outletOf;
    }

    /**
     * Every candidate unit with its support (the units stating the same fact) and its value, in unit order. The loops
     * over a story's units live here and in {@link #sameFacts}, methods of their own, so that the compiler's on-stack
     * replacement of a long loop compiles these, not the whole of {@link #keyPoints}.
     */
    private List<Candidate> supported(List<Article> articles, StorySentences units, boolean[] candidate,
                                      double[] ranked, String[] trimmed, String[] outletOf, int allOutlets) {
        int n = units.size();
        double[] dot = new double[n];
        int[] shared = new int[n];
        int[] touched = new int[n];
        int[] same = new int[n];
        List<Candidate> found = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            if (candidate[u]) {
                int[] support = sameFacts(u, units, dot, shared, touched, same);
                found.add(valued(u, support, articles, units, ranked[u], trimmed[u], outletOf, allOutlets));
            }
        }
        return found;
    }

    /**
     * The units stating the same fact as {@code u}, sorted: the same list as sorting every touched unit first. The
     * buffers are as long as the story's units; {@code dot} and {@code shared} are all zero on entry and on return.
     */
    private int[] sameFacts(int u, StorySentences units, double[] dot, int[] shared, int[] touched, int[] same) {
        int touchedCount = units.cosines(u, dot, shared, touched);
        int sameCount = 0;
        for (int i = 0; i < touchedCount; i++) {
            int v = touched[i];
            if (units.sameFact(u, v, dot[v], shared[v], config)) {
                same[sameCount++] = v;
            }
        }
        StorySentences.clear(touched, touchedCount, dot, shared);
        Arrays.sort(same, 0, sameCount);
        return Arrays.copyOf(same, sameCount);
    }

    /** Candidate {@code u} valued: its rank, the outlets carrying it, its centrality and how late it was reported. */
    private static Candidate valued(int u, int[] support, List<Article> articles, StorySentences units, double ranked,
                                    String trimmed, String[] outletOf, int allOutlets) {
        Set<String> outlets = new LinkedHashSet<>();
        int firstArticle = support.length == 0 ? units.article(u) : Integer.MAX_VALUE;
        for (int v : support) {
            outlets.add(outletOf[units.article(v)]);
            firstArticle = Math.min(firstArticle, units.article(v));
        }
        double centrality = units.cosineSum(u);
        int n = units.size();
        Article source = articles.get(units.article(u));
        String sentence = source.sentenceText(units.sentence(u));
        double value = ranked
                + SUPPORT_WEIGHT * (allOutlets <= 1 ? 0 : (outlets.size() - 1.0) / (allOutlets - 1))
                + CENTRALITY_WEIGHT * Math.min(1, 3 * centrality / n)
                + RECENCY_WEIGHT * (articles.size() <= 1 ? 0 : (double) firstArticle / (articles.size() - 1));
        return new Candidate(u, value, support, outlets.size(), firstArticle, sentence, trimmed);
    }

    /**
     * Whether a point made of {@code sentence} ({@code trimmed} by the trimmer) leans on what the reader does not see:
     * an opening that points back, or a piece of a quotation. Such a sentence, like one of a machine-translated
     * article, ranks after the others, and still supports the points that state the same thing.
     */
    private static boolean leansOnOthers(String sentence, String trimmed) {
        return DEPENDENT.test(trimmed) || QuoteFragment.test(sentence);
    }

    /**
     * Maximal marginal relevance; a candidate stating the same thing as a chosen one (or as similar, unless the two
     * give different numbers: {@link StorySentences#differentNumbers}) is never chosen, nor one whose
     * terms the chosen points already hold between them ({@link StorySentences#coveredBy}: it says nothing new, as
     * a lead sentence restating two earlier points does). Each
     * candidate's redundancy (its highest cosine with a chosen point) and whether it repeats one are brought up
     * to date once per choice, against the point just chosen: the same maximum and the same test as comparing it
     * with every chosen point in every round.
     */
    private List<Candidate> select(List<Candidate> found, StorySentences units, int k) {
        List<Candidate> chosen = new ArrayList<>();
        boolean[] taken = new boolean[found.size()];
        double[] redundancy = new double[found.size()];
        boolean[] repeats = new boolean[found.size()];
        boolean[] said = new boolean[units.vocabularySize()];
        while (chosen.size() < k) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < found.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                double value = config.storyLambda() * found.get(i).value() - (1 - config.storyLambda()) * redundancy[i];
                if (!repeats[i] && value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            Candidate d = found.get(best);
            chosen.add(d);
            units.mark(d.unit(), said);
            for (int i = 0; i < found.size() && chosen.size() < k; i++) {
                if (taken[i] || repeats[i]) {
                    continue;
                }
                Candidate c = found.get(i);
                double cos = units.cosine(c.unit(), d.unit());
                redundancy[i] = Math.max(redundancy[i], cos);
                repeats[i] = Arrays.binarySearch(d.support(), c.unit()) >= 0
                        || Arrays.binarySearch(c.support(), d.unit()) >= 0
                        || cos >= config.redundantCosine() && !units.differentNumbers(c.unit(), d.unit())
                        || units.coveredBy(c.unit(), said, config);
            }
        }
        return chosen;
    }

    /**
     * {@code support}: the sorted units stating the same fact as {@code unit}; {@code sentence}: the unit's text,
     * {@code trimmed}: as {@link PointTrimmer#trim} gives it.
     */
    private record Candidate(int unit, double value, int[] support, int outlets, int firstArticle, String sentence,
                             String trimmed) {
    }
}
