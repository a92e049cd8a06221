package dev.intisari.store.search;

import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Lucene index of stored articles, one document per article id. Writes are committed by the caller
 * ({@link #commit}); searches see the last commit or refresh. Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String OUTLET = "outlet";
    private static final String ENTITY = "entity";
    private static final String DAY = "day";
    private static final String PUBLISHED = "published";
    private static final List<String> FACETS = List.of(OUTLET, ENTITY, DAY);
    private static final int FACET_VALUES = 10;
    /** Documents buffered before a segment is flushed: fewer, larger segments while ingesting in bulk. */
    private static final double RAM_BUFFER_MB = 64;

    /** The layout of the documents; an index of another version is rebuilt from the database. */
    static final String LAYOUT = "2";
    private static final String LAYOUT_KEY = "intisari.index";
    /** Title and text keep offsets in the postings, so highlighting does not analyse the text again. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final Analyzer analyzer = new IndonesianAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean rebuilt;
    private final Object ordinalsLock = new Object();
    private org.apache.lucene.index.IndexReader ordinalsReader;
    private Map<String, org.apache.lucene.index.OrdinalMap> ordinalsByField;

    public SearchIndex(Path folder) throws IOException {
        this.directory = FSDirectory.open(folder);
        String layout = null;
        boolean exists = DirectoryReader.indexExists(directory);
        if (exists) {
            layout = SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT_KEY);
        }
        this.rebuilt = exists && !LAYOUT.equals(layout);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(rebuilt
                ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB));
        writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
        if (!exists || rebuilt) {
            writer.commit();
        }
        this.searchers = new SearcherManager(writer, null);
    }

    /** True when an index of an older layout was found and emptied: every article must be indexed again. */
    public boolean rebuilt() {
        return rebuilt;
    }

    /** Adds or replaces the article's document (not visible until {@link #commit}). */
    public void put(Article a) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        doc.add(new Field(TITLE, a.title() == null ? "" : a.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(TEXT, a.text(), TEXT_WITH_OFFSETS));
        if (a.outlet() != null) {
            doc.add(new StringField(OUTLET, a.outlet(), Field.Store.YES));
            doc.add(new SortedSetDocValuesField(OUTLET, new BytesRef(a.outlet())));
        }
        if (a.published() != null) {
            String day = a.published().date().toString();
            doc.add(new StringField(PUBLISHED, a.published().value(), Field.Store.YES));
            doc.add(new StringField(DAY, day, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(DAY, new BytesRef(day)));
        }
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            names.add(e.name());
        }
        for (String name : names) {
            doc.add(new StringField(ENTITY, key(name), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(ENTITY, new BytesRef(name)));
        }
        writer.updateDocument(new Term(ID, a.id()), doc);
    }

    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Number of searchable documents. */
    public int size() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    public SearchResult search(SearchQuery q) throws IOException {
        Query query = filtered(parse(q.text()), q);
        IndexSearcher s = searchers.acquire();
        try {
            TopScoreDocCollector ranked = TopScoreDocCollector.create(q.offset() + q.limit(), Integer.MAX_VALUE);
            FacetCollector facets = new FacetCollector(s.getIndexReader(), FACETS, ordinals(s.getIndexReader()));
            s.search(query, MultiCollector.wrap(ranked, facets));
            TopDocs top = ranked.topDocs();
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs,
                    Math.min(q.offset(), top.scoreDocs.length), top.scoreDocs.length);
            List<SearchHit> hits = new ArrayList<>();
            if (page.length > 0) {
                int[] docs = new int[page.length];
                for (int i = 0; i < page.length; i++) {
                    docs[i] = page[i].doc;
                }
                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(s, analyzer)
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                        .withMaxLength(100_000)
                        .withWeightMatches(false) // passages by matched terms: a third cheaper, same marks here
                        .build();
                Map<String, String[]> marked = highlighter.highlightFields(new String[] {TITLE, TEXT}, query, docs,
                        new int[] {1, 2});
                for (int i = 0; i < page.length; i++) {
                    Document d = s.storedFields().document(page[i].doc);
                    String title = marked.get(TITLE)[i];
                    hits.add(new SearchHit(d.get(ID), title != null ? title : escape(d.get(TITLE)), d.get(OUTLET),
                            d.get(PUBLISHED), page[i].score, marked.get(TEXT)[i]));
                }
            }
            return new SearchResult(top.totalHits.value, hits, facets.top(FACET_VALUES));
        } finally {
            searchers.release(s);
        }
    }

    /** The facet fields' ordinal maps of this reader, built on its first search and kept until the next. */
    private Map<String, org.apache.lucene.index.OrdinalMap> ordinals(org.apache.lucene.index.IndexReader reader)
            throws IOException {
        synchronized (ordinalsLock) {
            if (ordinalsReader != reader) {
                ordinalsByField = FacetCollector.ordinals(reader, FACETS);
                ordinalsReader = reader;
            }
            return ordinalsByField;
        }
    }

    /** Articles most like the given one by their distinctive terms, best first; empty when it is unknown. */
    public List<SearchHit> related(String id, int limit) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs self = s.search(new TermQuery(new Term(ID, id)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {TITLE, TEXT});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(40);
            Query like = new BooleanQuery.Builder()
                    .add(mlt.like(self.scoreDocs[0].doc), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.MUST_NOT)
                    .build();
            List<SearchHit> out = new ArrayList<>();
            for (ScoreDoc sd : s.search(like, limit).scoreDocs) {
                Document d = s.storedFields().document(sd.doc);
                out.add(new SearchHit(d.get(ID), escape(d.get(TITLE)), d.get(OUTLET), d.get(PUBLISHED), sd.score,
                        null));
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    private Query parse(String text) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer,
                Map.of(TITLE, 2f, TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException e2) {
                throw new IllegalArgumentException("cannot read the query: " + e2.getMessage(), e2);
            }
        }
    }

    private static Query filtered(Query query, SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (q.outlet() != null) {
            b.add(new TermQuery(new Term(OUTLET, q.outlet())), BooleanClause.Occur.FILTER);
        }
        if (q.entity() != null) {
            b.add(new TermQuery(new Term(ENTITY, key(q.entity()))), BooleanClause.Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            b.add(TermRangeQuery.newStringRange(DAY, q.from(), q.to(), true, true), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** Entity names match regardless of case. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String escape(String s) {
        if (s == null) {
            return null;
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#x27;");
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        analyzer.close();
    }
}
