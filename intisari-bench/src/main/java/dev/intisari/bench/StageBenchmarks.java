package dev.intisari.bench;

import dev.intisari.app.bench.SyntheticCorpus;
import dev.intisari.core.clean.RuleLineCleaner;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;
import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.core.quote.PatternQuoteExtractor;
import dev.intisari.core.quote.SpeakerQuoteMerger;
import dev.intisari.core.summary.CitingStoryExplainer;
import dev.intisari.core.summary.SupervisedMmrSummarizer;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.core.time.DatedSentenceTimeline;
import dev.intisari.core.time.RuleDateTagger;
import dev.intisari.model.Article;
import dev.intisari.model.CleanArticle;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.Entity;
import dev.intisari.model.RawArticle;
import dev.intisari.model.Sentence;
import dev.intisari.model.StoryGroup;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Each stage on the same 500 synthetic articles (IndoSum lengths), one thread: the score is the time for
 * all 500, so score / 500 is the stage's cost per article, to compare with its budget in docs/benchmarks.md.
 * The corpus stages (dedupe, clustering) run over 2,000 articles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmarks {
    static final int ARTICLES = 500;

    private final RuleLineCleaner cleaner = new RuleLineCleaner();
    private final RuleTokenizer tokenizer = new RuleTokenizer();
    private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();
    private final PerceptronEntityRecognizer recognizer = new PerceptronEntityRecognizer();
    private final PatternQuoteExtractor quotes = new PatternQuoteExtractor();
    private final RuleDateTagger dates = new RuleDateTagger();
    private final SupervisedMmrSummarizer summarizer = new SupervisedMmrSummarizer();
    private final MinHashDuplicateDetector dedupe = new MinHashDuplicateDetector();
    private final OnlineStoryClusterer clusterer = new OnlineStoryClusterer();

    private List<RawArticle> raw;
    private List<CleanArticle> cleaned;
    private List<TokenizedText> texts;
    private List<List<Entity>> entities;
    private List<Article> corpus;
    private List<DuplicateGroup> copies;
    private List<StoryGroup> stories;
    private Map<String, Article> byId;
    private final CitingStoryExplainer explainer =
            new CitingStoryExplainer(new SpeakerQuoteMerger(), new DatedSentenceTimeline());

    @Setup(Level.Trial)
    public void setUp() {
        raw = new ArrayList<>();
        new SyntheticCorpus(new SyntheticCorpus.Settings(ARTICLES, 42)).generate(a -> raw.add(
                new RawArticle(a.id(), a.id(), a.url(), a.outlet(), null, null, null, a.text(), null)));
        cleaned = raw.stream().map(cleaner::clean).toList();
        texts = new ArrayList<>();
        entities = new ArrayList<>();
        for (CleanArticle c : cleaned) {
            List<Token> tokens = tokenizer.tokenize(c.text());
            TokenizedText t = new TokenizedText(c.text(), c.headings(), splitter.split(c.text(), tokens, c.headings()),
                    tokens);
            texts.add(t);
            entities.add(recognizer.recognize(t));
        }
        Pipeline pipeline = Pipeline.standard();
        List<RawArticle> many = new ArrayList<>();
        new SyntheticCorpus(new SyntheticCorpus.Settings(2000, 43)).generate(a -> many.add(
                new RawArticle(a.id(), a.id(), a.url(), a.outlet(), a.title(),
                        dev.intisari.model.Published.of(a.published(), "jsonl"), "id", a.text(), null)));
        corpus = many.stream().map(pipeline::analyze).toList();
        copies = dedupe.detect(corpus);
        stories = clusterer.cluster(corpus, copies);
        byId = new HashMap<>();
        corpus.forEach(a -> byId.put(a.id(), a));
    }

    @Benchmark
    public void clean(Blackhole bh) {
        for (RawArticle r : raw) {
            bh.consume(cleaner.clean(r));
        }
    }

    @Benchmark
    public void tokensAndSentences(Blackhole bh) {
        for (CleanArticle c : cleaned) {
            List<Token> tokens = tokenizer.tokenize(c.text());
            List<Sentence> sentences = splitter.split(c.text(), tokens, c.headings());
            bh.consume(sentences);
        }
    }

    @Benchmark
    public void entities(Blackhole bh) {
        for (TokenizedText t : texts) {
            bh.consume(recognizer.recognize(t));
        }
    }

    @Benchmark
    public void quotes(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(quotes.extract("a" + i, texts.get(i), entities.get(i)));
        }
    }

    @Benchmark
    public void dates(Blackhole bh) {
        java.time.LocalDate anchor = java.time.LocalDate.of(2025, 5, 7);
        for (TokenizedText t : texts) {
            bh.consume(dates.tag(t, anchor));
        }
    }

    @Benchmark
    public void keyPoints(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(summarizer.keyPoints("a" + i, texts.get(i), entities.get(i)));
        }
    }

    /** Dedupe over 2,000 articles: divide by 4 to compare with the per-500 stages. */
    @Benchmark
    public List<DuplicateGroup> dedupe2000() {
        return dedupe.detect(corpus);
    }

    /** Clustering over 2,000 articles: divide by 4 to compare with the per-500 stages. */
    @Benchmark
    public Object cluster2000() {
        return clusterer.cluster(corpus, copies);
    }

    /** Story explanation of every story the clusterer finds in the 2,000 articles: divide by 4 as above. */
    @Benchmark
    public void storyExplanation2000(Blackhole bh) {
        for (StoryGroup g : stories) {
            bh.consume(explainer.explain(g, g.articles().stream().map(byId::get).toList()));
        }
    }

    @Benchmark
    public long indexing() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new IndonesianAnalyzer()))) {
            for (CleanArticle c : cleaned) {
                Document doc = new Document();
                doc.add(new TextField("text", c.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            return writer.getDocStats().numDocs;
        }
    }
}
