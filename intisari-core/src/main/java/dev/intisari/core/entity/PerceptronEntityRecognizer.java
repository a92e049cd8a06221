package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The entity recogniser: the trained sequence tagger (ner-model.bin.gz) proposes names sentence by
 * sentence, {@link NameRules} applies titles, acronyms and the gazetteer, and {@link ArticleEntities}
 * joins the mentions of each entity under its canonical name. Immutable and thread-safe.
 */
public final class PerceptronEntityRecognizer implements EntityRecognizer {
    /** Longest stretch of tokens tagged at once; longer "sentences" are tagged in pieces. */
    private static final int MAX_SEGMENT = 400;

    private final PerceptronTagger tagger;
    private final EntityType[] typeOfLabel;
    private final boolean[] begins;
    private final Lexicon lexicon;
    /** Whether the tagger reads the same lexicon, so the article's gazetteer heads can be shared. */
    private final boolean sharedHeads;
    private final NameRules rules;
    private final ArticleEntities entities;

    /** The shipped model and resources (read once per class loader, then shared: they are immutable). */
    public PerceptronEntityRecognizer() {
        this(Shipped.TAGGER, Shipped.LEXICON);
    }

    /** The shipped resources, loaded on first use. */
    private static final class Shipped {
        static final Lexicon LEXICON = Lexicon.standard();
        static final PerceptronTagger TAGGER = loadModel(LEXICON);
    }

    PerceptronEntityRecognizer(PerceptronTagger tagger, Lexicon lexicon) {
        this.tagger = tagger;
        List<String> labels = tagger.labels();
        this.typeOfLabel = new EntityType[labels.size()];
        this.begins = new boolean[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            begins[i] = label.startsWith("B-");
            typeOfLabel[i] = label.length() > 2 ? productType(label.substring(2)) : null;
        }
        this.lexicon = lexicon;
        this.sharedHeads = tagger.uses(lexicon);
        NameVariants variants = NameVariants.standard();
        this.rules = new NameRules(lexicon, variants, trainedCategory(labels, EntityType.PERSON));
        this.entities = new ArticleEntities(lexicon, variants);
    }

    private static PerceptronTagger loadModel(Lexicon lexicon) {
        InputStream in = PerceptronEntityRecognizer.class.getResourceAsStream("ner-model.bin.gz");
        if (in == null) {
            throw new IllegalStateException("missing resource ner-model.bin.gz");
        }
        return PerceptronTagger.read(in, lexicon);
    }

    /** The lexicon's training-name category of {@code type}: the type's number among the labels "B-…" ("O" first). */
    static GazetteerCategory trainedCategory(List<String> labels, EntityType type) {
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label.startsWith("B-") && productType(label.substring(2)) == type) {
                return GazetteerCategory.trained((i - 1) / 2);
            }
        }
        return null;
    }

    private static EntityType productType(String type) {
        return switch (type) {
            case "PERSON", "PER", "PPL" -> EntityType.PERSON;
            case "ORGANIZATION", "ORGANISATION", "ORG", "IND" -> EntityType.ORGANIZATION;
            case "LOCATION", "LOC", "PLACE", "PLC" -> EntityType.LOCATION;
            default -> null;
        };
    }

    @Override
    public List<Entity> recognize(TokenizedText text) {
        List<Token> tokens = text.tokens();
        if (tokens.isEmpty()) {
            return List.of();
        }
        int[] segment = segments(text);
        ArticleTokens t = new ArticleTokens(text.text(), tokens, segment, lexicon);
        List<Mention> tagged = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= t.size; i++) {
            if (i == t.size || segment[i] != segment[start] || i - start >= MAX_SEGMENT) {
                tag(t, start, i, tagged);
                start = i;
            }
        }
        return entities.build(t, rules.apply(t, tagged));
    }

    private void tag(ArticleTokens t, int from, int to, List<Mention> out) {
        int n = to - from;
        CharSequence[] words = new CharSequence[n];
        System.arraycopy(t.words, from, words, 0, n);
        int[] heads = null;
        if (sharedHeads) {
            heads = new int[n];
            System.arraycopy(t.heads, from, heads, 0, n);
        }
        long[] lower = new long[n];
        System.arraycopy(t.lower, from, lower, 0, n);
        int[] ids = tagger.tagIds(words, lower, heads, n);
        int start = -1;
        EntityType type = null;
        for (int i = 0; i <= n; i++) {
            EntityType here = i < n ? typeOfLabel[ids[i]] : null;
            boolean begin = i < n && (begins[ids[i]] || here != type);
            if (type != null && (here == null || begin)) {
                out.add(new Mention(from + start, from + i, type));
                type = null;
            }
            if (here != null && begin) {
                start = i;
                type = here;
            }
        }
    }

    /** Segment id per token: its sentence, or its heading, or the gaps between them. */
    private static int[] segments(TokenizedText text) {
        List<Token> tokens = text.tokens();
        List<Span> bounds = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            bounds.add(s.span());
        }
        for (Span h : text.headings()) {
            bounds.add(h);
        }
        bounds.sort(null);
        int[] segment = new int[tokens.size()];
        int b = 0;
        int id = 0;
        int lastBound = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.get(i).start();
            while (b < bounds.size() && bounds.get(b).end() <= start) {
                b++;
            }
            int bound = b < bounds.size() && bounds.get(b).start() <= start ? b : -1 - b;
            if (i == 0 || bound != lastBound) {
                id++;
                lastBound = bound;
            }
            segment[i] = id;
        }
        return segment;
    }
}
