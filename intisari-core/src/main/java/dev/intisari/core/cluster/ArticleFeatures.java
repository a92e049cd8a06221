package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Turns an analysed article into a {@link ClusterInput}: the terms of its title (counted {@code titleWeight}
 * times, a headline says what the event is) and of its lead (the first {@code leadChars} characters of the
 * body, where news puts who, what, where and when), its {@link EventSignals} keys, analysed with a Lucene analyzer
 * (by default {@link IndonesianTermScanner}, the terms of {@link IndonesianAnalyzer}: stopwords removed, light
 * stemming), and its entities' canonical names. Thread-safe: Lucene analyzers reuse their components per
 * thread, the scanner keeps its buffers per thread.
 */
public final class ArticleFeatures {
    /** The Lucene analyzer given, or null for the default {@link IndonesianTermScanner}. */
    private final Analyzer analyzer;
    private final IndonesianTermScanner scanner;
    private final int leadChars;
    private final int titleWeight;
    private final Set<EntityType> entityTypes;
    private final boolean mentionCounts;
    private final EventSignals events;

    /** Indonesian terms by {@link IndonesianTermScanner}, the first 3,000 characters of the body, title twice. */
    public ArticleFeatures() {
        this.analyzer = null;
        this.scanner = new IndonesianTermScanner();
        this.leadChars = 3000;
        this.titleWeight = 2;
        this.entityTypes = EnumSet.allOf(EntityType.class);
        this.mentionCounts = false;
        this.events = new EventSignals();
    }

    private ArticleFeatures(ArticleFeatures base, EventSignals events) {
        this.analyzer = base.analyzer;
        this.scanner = base.scanner;
        this.leadChars = base.leadChars;
        this.titleWeight = base.titleWeight;
        this.entityTypes = base.entityTypes;
        this.mentionCounts = base.mentionCounts;
        this.events = Objects.requireNonNull(events);
    }

    public ArticleFeatures(Analyzer analyzer, int leadChars, int titleWeight) {
        this(analyzer, leadChars, titleWeight, EnumSet.allOf(EntityType.class), false);
    }

    /**
     * @param entityTypes   the types of entity passed on to clustering
     * @param mentionCounts a name is repeated once per mention (its term frequency), else given once
     */
    public ArticleFeatures(Analyzer analyzer, int leadChars, int titleWeight, Set<EntityType> entityTypes,
                           boolean mentionCounts) {
        this.entityTypes = entityTypes.isEmpty() ? EnumSet.noneOf(EntityType.class) : EnumSet.copyOf(entityTypes);
        this.mentionCounts = mentionCounts;
        this.analyzer = Objects.requireNonNull(analyzer);
        this.scanner = null;
        if (leadChars < 0 || titleWeight < 0) {
            throw new IllegalArgumentException("leadChars and titleWeight must not be negative");
        }
        this.leadChars = leadChars;
        this.titleWeight = titleWeight;
        this.events = new EventSignals();
    }

    /** The same features with these event keys (amounts and named occasions by default). */
    public ArticleFeatures withEventSignals(EventSignals signals) {
        return new ArticleFeatures(this, signals);
    }

    public ClusterInput input(Article article, String copyOf) {
        Instant when = article.published() == null ? null : article.published().instant().toInstant();
        List<String> title = article.title() == null ? List.of() : terms(article.title());
        List<String> names = entityNames(article.entities(), entityTypes, mentionCounts);
        List<String> keys = events.keys(article);
        if (events.has(EventSignals.Kind.HEADLINE_NAMES)) {
            List<String> headline = HeadlineNames.keys(title,
                    entityNames(article.entities(), HeadlineNames.TYPES, false));
            if (!headline.isEmpty()) {
                keys = new ArrayList<>(keys);
                keys.addAll(headline);
            }
        }
        return new ClusterInput(article.id(), when, terms(article, title), names, copyOf, keys);
    }

    /** The article's terms: its title's {@code titleWeight} times, then its lead's. */
    List<String> terms(Article article) {
        return terms(article, article.title() == null ? List.of() : terms(article.title()));
    }

    /** {@link #terms(Article)} with the title's terms already made. */
    private List<String> terms(Article article, List<String> title) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < titleWeight; i++) {
            terms.addAll(title);
        }
        terms.addAll(terms(lead(article.text(), leadChars)));
        return terms;
    }

    /** The analysed terms of {@code text}, in order. */
    public List<String> terms(String text) {
        if (analyzer == null) {
            return scanner.terms(text);
        }
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 1) {
                    out.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }

    /** Distinct entity names, lower-cased. */
    static List<String> entityNames(List<Entity> entities) {
        return entityNames(entities, EnumSet.allOf(EntityType.class), false);
    }

    /** Lower-cased names of the entities of these types, once each or once per mention. */
    static List<String> entityNames(List<Entity> entities, Set<EntityType> types, boolean mentionCounts) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Entity e : entities) {
            String name = e.name().strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !types.contains(e.type())) {
                continue;
            }
            if (seen.add(name) || mentionCounts) {
                int times = mentionCounts ? Math.max(1, e.mentions().size()) : 1;
                for (int i = 0; i < times; i++) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The first {@code max} characters of {@code text}, cut at a space so no word is split. */
    static String lead(String text, int max) {
        int end = leadEnd(text, max);
        return end == text.length() ? text : text.substring(0, end);
    }

    /** Where {@link #lead} cuts {@code text}. */
    static int leadEnd(String text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        int cut = text.lastIndexOf(' ', max);
        return cut > max / 2 ? cut : max;
    }
}
