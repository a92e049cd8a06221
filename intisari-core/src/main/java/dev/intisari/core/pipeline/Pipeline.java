package dev.intisari.core.pipeline;

import dev.intisari.core.cluster.EntityStorylineLinker;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.cluster.StoryClusterer;
import dev.intisari.core.cluster.StoryFold;
import dev.intisari.core.cluster.StorylineLinker;
import dev.intisari.core.clean.Cleaner;
import dev.intisari.core.clean.RuleLineCleaner;
import dev.intisari.core.dedupe.DuplicateDetector;
import dev.intisari.core.dedupe.DuplicateFold;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;
import dev.intisari.core.entity.EntityLinker;
import dev.intisari.core.entity.NameTally;
import dev.intisari.core.entity.EntityRecognizer;
import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.core.entity.VariantEntityLinker;
import dev.intisari.core.quote.PatternQuoteExtractor;
import dev.intisari.core.quote.QuoteExtractor;
import dev.intisari.core.quote.SpeakerQuoteMerger;
import dev.intisari.core.report.GroupingSink;
import dev.intisari.core.summary.CitingStoryExplainer;
import dev.intisari.core.summary.SupervisedMmrSummarizer;
import dev.intisari.core.summary.StoryExplainer;
import dev.intisari.core.summary.Summarizer;
import dev.intisari.core.summary.Summary;
import dev.intisari.core.text.LanguageIdentifier;
import dev.intisari.core.text.LinguaLanguageIdentifier;
import dev.intisari.core.text.MachineTranslationSigns;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.core.text.SentenceSplitter;
import dev.intisari.core.text.Tokenizer;
import dev.intisari.core.time.CopyrightYearEstimator;
import dev.intisari.core.time.DateTagger;
import dev.intisari.core.time.PublicationEstimator;
import dev.intisari.core.time.RuleDateTagger;
import dev.intisari.core.time.DatedSentenceTimeline;
import dev.intisari.model.Article;
import dev.intisari.model.CleanArticle;
import dev.intisari.model.DateMention;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.Entity;
import dev.intisari.model.Grouping;
import dev.intisari.model.KeyPoint;
import dev.intisari.model.Published;
import dev.intisari.model.Quote;
import dev.intisari.model.RawArticle;
import dev.intisari.model.Sentence;
import dev.intisari.model.Story;
import dev.intisari.model.StoryGroup;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The Intisari pipeline. {@link #analyze} takes one article through the per-article stages, in order;
 * {@link #group} takes all analysed articles through the corpus stages. Both are pure: the same input
 * gives the same output, and no state is kept between calls.
 */
public final class Pipeline {
    /**
     * Stories explained before they go to the sink (two such slices at most in flight): enough to keep all cores
     * busy, few enough to hold.
     */
    private static final int EXPLAINED_AT_ONCE = 256;
    private final Cleaner cleaner;
    private final LanguageIdentifier languages;
    private final Tokenizer tokenizer;
    private final SentenceSplitter splitter;
    private final EntityRecognizer entities;
    private final QuoteExtractor quotes;
    private final DateTagger dates;
    private final Summarizer summarizer;
    private final DuplicateDetector duplicates;
    private final StoryClusterer clusterer;
    private final StoryExplainer explainer;
    private final StorylineLinker storylines;
    private final EntityLinker linker;
    private final MachineTranslationSigns translationSigns = new MachineTranslationSigns();
    private final PublicationEstimator lastResortDate;

    public Pipeline(Cleaner cleaner, LanguageIdentifier languages, Tokenizer tokenizer, SentenceSplitter splitter,
                    EntityRecognizer entities, QuoteExtractor quotes, DateTagger dates, Summarizer summarizer,
                    DuplicateDetector duplicates, StoryClusterer clusterer, StoryExplainer explainer,
                    StorylineLinker storylines) {
        this(cleaner, languages, tokenizer, splitter, entities, quotes, dates, summarizer, duplicates, clusterer,
                explainer, storylines, new VariantEntityLinker());
    }

    /** With the corpus-level entity linker that gives one entity one name across articles. */
    public Pipeline(Cleaner cleaner, LanguageIdentifier languages, Tokenizer tokenizer, SentenceSplitter splitter,
                    EntityRecognizer entities, QuoteExtractor quotes, DateTagger dates, Summarizer summarizer,
                    DuplicateDetector duplicates, StoryClusterer clusterer, StoryExplainer explainer,
                    StorylineLinker storylines, EntityLinker linker) {
        this.linker = Objects.requireNonNull(linker);
        this.cleaner = Objects.requireNonNull(cleaner);
        this.languages = Objects.requireNonNull(languages);
        this.tokenizer = Objects.requireNonNull(tokenizer);
        this.splitter = Objects.requireNonNull(splitter);
        this.entities = Objects.requireNonNull(entities);
        this.quotes = Objects.requireNonNull(quotes);
        this.dates = Objects.requireNonNull(dates);
        this.lastResortDate = new CopyrightYearEstimator(dates);
        this.summarizer = Objects.requireNonNull(summarizer);
        this.duplicates = Objects.requireNonNull(duplicates);
        this.clusterer = Objects.requireNonNull(clusterer);
        this.explainer = Objects.requireNonNull(explainer);
        this.storylines = Objects.requireNonNull(storylines);
    }

    /** The default stages. */
    public static Pipeline standard() {
        return new Pipeline(new RuleLineCleaner(), new LinguaLanguageIdentifier(), new RuleTokenizer(),
                new RuleSentenceSplitter(), new PerceptronEntityRecognizer(), new PatternQuoteExtractor(),
                new RuleDateTagger(), new SupervisedMmrSummarizer(), new MinHashDuplicateDetector(),
                new OnlineStoryClusterer(),
                new CitingStoryExplainer(new SpeakerQuoteMerger(), new DatedSentenceTimeline()),
                new EntityStorylineLinker());
    }

    /**
     * One article through clean, language, tokens, sentences, entities, quotes, dates and key points (with the
     * sentence scores they were chosen by and the terms it read, which a story's explanation reuses).
     */
    public Article analyze(RawArticle raw) {
        CleanArticle clean = cleaner.clean(raw);
        String language = raw.language() != null ? raw.language() : languages.identify(clean.text());
        List<Token> tokens = tokenizer.tokenize(clean.text());
        List<Sentence> sentences = splitter.split(clean.text(), tokens, clean.headings());
        TokenizedText text = new TokenizedText(clean.text(), clean.headings(), sentences, tokens);
        List<Entity> found = entities.recognize(text);
        List<Quote> said = quotes.extract(raw.id(), text, found, language);
        Published published = firstNonNull(raw.published(), clean.published());
        if (published == null) {
            published = lastResortDate.estimate(text, clean.removed()).orElse(null);
        }
        List<DateMention> dated = dates.tag(text, published == null ? null : published.date());
        Summary summary = summarizer.summarize(raw.id(), firstNonNull(raw.title(), clean.title()), text, found);
        return new Article(raw.id(), raw.source(), firstNonNull(raw.outlet(), clean.outlet()), raw.url(),
                firstNonNull(raw.title(), clean.title()), published, language, flags(clean, language),
                clean.text(), clean.headings(), clean.removed(), clean.credits(), clean.wire(), clean.related(),
                sentences, found, said, dated, summary.keyPoints(), summary.sentenceScores(), summary.terms());
    }

    /**
     * Gives each entity one name across the articles of a run (spelling variants, a surname standing for
     * the full name used elsewhere). Runs on all analysed articles before they are written and grouped.
     */
    public List<Article> link(List<Article> analysed) {
        return linker.link(analysed);
    }

    /** The same linking for a run that streams its articles (see {@link EntityLinker#tally()}). */
    public NameTally tally() {
        return linker.tally();
    }

    /** Linked articles through dedupe, story clustering, story explanation and storylines. */
    public Grouping group(List<Article> linked) {
        List<Article> ordered = inPublicationOrder(linked);
        return groupInOrder(ordered, ordered.stream().map(Article::id).toList());
    }

    /**
     * {@link #group} of articles already in publication order, with their ids. {@code ordered} may be a view
     * that reads each article when asked ({@link CorpusRun}'s spill): dedupe and clustering read it in order,
     * a story's articles are read when it is explained, and the storylines look articles up by id.
     */
    Grouping groupInOrder(List<Article> ordered, List<String> ids) {
        return groupInOrder(ordered, ids, null);
    }

    /** {@link #groupInOrder(List, List, ForkJoinPool, GroupingSink)} gathered into one grouping. */
    Grouping groupInOrder(List<Article> ordered, List<String> ids, ForkJoinPool pool) {
        Grouping[] whole = new Grouping[1];
        try {
            groupInOrder(ordered, ids, pool, GroupingSink.collecting(g -> whole[0] = g));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return whole[0];
    }

    /**
     * {@link #groupInOrder(List, List)} handed to {@code sink} as it is found: the duplicate groups, then each
     * story as soon as it is explained, then the storylines. Stories are explained a slice at a time, on
     * {@code pool} when one is given (each story on its own, so the output is the same in the same order), and
     * only what the storyline linker reads of a story (id, title, articles, start, end) is kept after it went
     * to the sink.
     */
    void groupInOrder(List<Article> ordered, List<String> ids, ForkJoinPool pool, GroupingSink sink)
            throws IOException {
        groupInOrder(ordered, ordered, ids, pool, sink);
    }

    /**
     * {@link #groupInOrder(List, List, ForkJoinPool, GroupingSink)} where dedupe and clustering read {@code ordered},
     * which may leave out what only a story's explanation reads ({@link Article#terms}), and the explanation and the
     * storylines read {@code whole}: the same articles in the same order, whole.
     */
    void groupInOrder(List<Article> ordered, List<Article> whole, List<String> ids, ForkJoinPool pool,
                      GroupingSink sink) throws IOException {
        // on a pool, dedupe and clustering share one reading of each article when both stages can be driven
        // article by article; otherwise one pass after the other
        DuplicateFold<?> copyFold = pool == null ? null : duplicates.startFold();
        StoryFold<?> storyFold = copyFold == null ? null : clusterer.startFold();
        List<DuplicateGroup> copies;
        List<StoryGroup> groups;
        if (storyFold != null) {
            CopiesAndStories found = CopiesAndStories.fold(ordered, copyFold, storyFold, pool);
            copies = found.copies();
            groups = found.stories();
        } else {
            copies = duplicates.detect(ordered, pool);
            groups = clusterer.cluster(ordered, copies, pool);
        }
        sink.duplicates(copies);
        IdPositions position = new IdPositions(ids);
        Map<String, Article> byId = new AbstractMap<>() {
            @Override
            public Article get(Object id) {
                int i = position.of(id);
                return i < 0 ? null : whole.get(i);
            }

            @Override
            public boolean containsKey(Object id) {
                return position.of(id) >= 0;
            }

            @Override
            public Set<Entry<String, Article>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Entry<String, Article>> iterator() {
                        int[] positions = position.positions();
                        return new Iterator<>() {
                            private int next;

                            @Override
                            public boolean hasNext() {
                                return next < positions.length;
                            }

                            @Override
                            public Entry<String, Article> next() {
                                if (!hasNext()) {
                                    throw new java.util.NoSuchElementException();
                                }
                                int i = positions[next++];
                                return Map.entry(position.id(i), whole.get(i));
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return position.size();
                    }
                };
            }
        };
        // a story is explained with its articles at hand, and the storyline linker reads them then, on the same
        // thread (its reading is what it keeps of the story; the fold over stories in time order comes last)
        IntFunction<Explained> explain = i -> {
            StoryGroup group = groups.get(i);
            List<Article> articles = group.articles().stream().map(byId::get).toList();
            Story story = explainer.explain(group, articles);
            return new Explained(story, storylines.read(story, articles));
        };
        List<Story> outlines = new ArrayList<>(groups.size());
        List<StorylineLinker.Reading> readings = new ArrayList<>(groups.size());
        // on a pool the next slice is submitted before this one is awaited: a core done with its part of this
        // slice starts on the next (no wait for a slice's longest story), and the sink takes a slice meanwhile
        IntFunction<ForkJoinTask<List<Explained>>> ahead = from -> pool == null || from >= groups.size() ? null
                : pool.submit(() -> IntStream.range(from, Math.min(groups.size(), from + EXPLAINED_AT_ONCE)).parallel()
                        .mapToObj(explain).toList());
        ForkJoinTask<List<Explained>> current = ahead.apply(0);
        for (int from = 0; from < groups.size(); from += EXPLAINED_AT_ONCE) {
            List<Explained> explained;
            if (pool == null) {
                explained = IntStream.range(from, Math.min(groups.size(), from + EXPLAINED_AT_ONCE))
                        .mapToObj(explain).toList();
            } else {
                ForkJoinTask<List<Explained>> following = ahead.apply(from + EXPLAINED_AT_ONCE);
                explained = current.join();
                current = following;
            }
            for (Explained done : explained) {
                Story story = done.story();
                sink.story(story);
                outlines.add(new Story(story.id(), story.title(), story.articles(), story.start(), story.end(),
                        story.origin(), List.of(), List.of(), List.of(), List.of(), List.of()));
                readings.add(done.reading());
            }
        }
        sink.storylines(pool == null ? storylines.link(outlines, readings, byId)
                : pool.submit(() -> storylines.link(outlines, readings, byId)).join());
    }

    /** A story as explained, and what the storyline linker read of its articles. */
    private record Explained(Story story, StorylineLinker.Reading reading) {
    }

    /** The near-duplicate stage, for a runner that feeds it article by article (a stream). */
    public DuplicateDetector duplicateDetector() {
        return duplicates;
    }

    /** The story clustering stage, for a runner that feeds it article by article (a stream). */
    public StoryClusterer storyClusterer() {
        return clusterer;
    }

    /** The story explanation stage, for a runner that explains a story each time it changes. */
    public StoryExplainer storyExplainer() {
        return explainer;
    }

    /** Explains one story group (the step {@link #group} runs per story), for a store updating some stories. */
    public Story explain(StoryGroup group, List<Article> articles) {
        return explainer.explain(group, articles);
    }

    /** The same stages, each timed into {@code clock} under its name (for benchmarks). */
    public Pipeline timed(StageClock clock) {
        Summarizer keyPoints = summarizer;
        Summarizer timedSummarizer = new Summarizer() {
            @Override
            public List<KeyPoint> keyPoints(String id, TokenizedText text, List<Entity> found) {
                return clock.time("key points", () -> keyPoints.keyPoints(id, text, found));
            }

            @Override
            public List<KeyPoint> keyPoints(String id, String title, TokenizedText text, List<Entity> found) {
                return clock.time("key points", () -> keyPoints.keyPoints(id, title, text, found));
            }

            @Override
            public Summary summarize(String id, String title, TokenizedText text, List<Entity> found) {
                return clock.time("key points", () -> keyPoints.summarize(id, title, text, found));
            }
        };
        return new Pipeline(
                raw -> clock.time("clean", () -> cleaner.clean(raw)),
                text -> clock.time("language", () -> languages.identify(text)),
                text -> clock.time("tokens", () -> tokenizer.tokenize(text)),
                (text, tokens, headings) -> clock.time("sentences", () -> splitter.split(text, tokens, headings)),
                text -> clock.time("entities", () -> entities.recognize(text)),
                new QuoteExtractor() {
                    @Override
                    public List<Quote> extract(String id, TokenizedText text, List<Entity> found) {
                        return clock.time("quotes", () -> quotes.extract(id, text, found));
                    }

                    @Override
                    public List<Quote> extract(String id, TokenizedText text, List<Entity> found, String language) {
                        return clock.time("quotes", () -> quotes.extract(id, text, found, language));
                    }
                },
                (text, anchor) -> clock.time("dates", () -> dates.tag(text, anchor)),
                timedSummarizer,
                new DuplicateDetector() {
                    @Override
                    public List<DuplicateGroup> detect(List<Article> articles) {
                        return clock.time("dedupe", () -> duplicates.detect(articles));
                    }

                    @Override
                    public List<DuplicateGroup> detect(List<Article> articles, ForkJoinPool pool) {
                        return clock.timeAllThreads("dedupe", () -> duplicates.detect(articles, pool));
                    }

                    @Override
                    public DuplicateFold<?> startFold() {
                        DuplicateFold<?> fold = duplicates.startFold();
                        return fold == null ? null : CopiesAndStories.timed(fold, clock, "dedupe");
                    }
                },
                new StoryClusterer() {
                    @Override
                    public List<StoryGroup> cluster(List<Article> articles, List<DuplicateGroup> copies) {
                        return clock.time("clustering", () -> clusterer.cluster(articles, copies));
                    }

                    @Override
                    public List<StoryGroup> cluster(List<Article> articles, List<DuplicateGroup> copies,
                                                    ForkJoinPool pool) {
                        return clock.timeAllThreads("clustering", () -> clusterer.cluster(articles, copies, pool));
                    }

                    @Override
                    public StoryFold<?> startFold() {
                        StoryFold<?> fold = clusterer.startFold();
                        return fold == null ? null : CopiesAndStories.timed(fold, clock, "clustering");
                    }
                },
                (group, articles) -> clock.time("story explanation", () -> explainer.explain(group, articles)),
                new StorylineLinker() {
                    @Override
                    public List<dev.intisari.model.Storyline> link(List<Story> stories, Map<String, Article> articles) {
                        return clock.time("storylines", () -> storylines.link(stories, articles));
                    }

                    @Override
                    public Reading read(Story story, List<Article> articles) {
                        return clock.time("storylines", () -> storylines.read(story, articles));
                    }

                    @Override
                    public List<dev.intisari.model.Storyline> link(List<Story> stories, List<Reading> readings,
                                                                   Map<String, Article> articles) {
                        return clock.timeAllThreads("storylines", () -> storylines.link(stories, readings, articles));
                    }
                },
                new TimedLinker(linker, clock));
    }

    /** Publication order; undated articles last; ties by id so the order never depends on the input order. */
    public static List<Article> inPublicationOrder(List<Article> articles) {
        Comparator<Article> byDate = Comparator.comparing(
                (Article a) -> a.published() == null ? null : a.published().instant(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        return articles.stream().sorted(byDate.thenComparing(Article::id)).toList();
    }

    private List<String> flags(CleanArticle clean, String language) {
        List<String> flags = new ArrayList<>();
        if (!"id".equals(language)) {
            flags.add("not-indonesian");
        }
        if (clean.text().isBlank()) {
            flags.add("no-body");
        }
        if (translationSigns.likely(clean.text())) {
            flags.add("machine-translated");
        }
        return flags;
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}
