package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.Quote;
import dev.intisari.model.Span;
import dev.intisari.model.TokenizedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds direct quotations and reported speech with lexical patterns, then resolves every speaker in text
 * order so that pronouns and role phrases can refer back:
 * <ol>
 *   <li>quoted runs in any quotation style ({@link QuoteMarkScanner});</li>
 *   <li>which of them are direct quotations, with their cue and speaker phrase ({@link DirectQuoteFinder});</li>
 *   <li>reported speech in the rest of each sentence ({@link ReportedSpeechFinder});</li>
 *   <li>speakers: entity first, then names, titles and pronouns ({@link SpeakerResolver}).</li>
 * </ol>
 * Works without entities (names are then read from the text); an unknown speaker stays null. Immutable and
 * thread-safe; all per-article state lives in objects created per call.
 */
public final class PatternQuoteExtractor implements QuoteExtractor {
    private final QuoteLexicon lexicon;
    /** The extractor for English articles ("en"), or null in the English extractor itself. */
    private final PatternQuoteExtractor english;

    /**
     * The product's extractor: Indonesian rules, and English rules for articles whose language is "en"
     * ({@link #extract(String, TokenizedText, List, String)}).
     */
    public PatternQuoteExtractor() {
        this.lexicon = QuoteLexicon.INDONESIAN;
        this.english = new PatternQuoteExtractor(QuoteLexicon.english());
    }

    private PatternQuoteExtractor(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        this.english = null;
    }

    /**
     * The same method with English word lists (resources under {@code en/}): used to check the method on
     * English news (PolNeAR). Indonesian function words written into the rules simply never match English text.
     */
    public static PatternQuoteExtractor english() {
        return new PatternQuoteExtractor(QuoteLexicon.english());
    }

    /** English articles ("en") get the English word lists; every other language the Indonesian ones. */
    @Override
    public List<Quote> extract(String articleId, TokenizedText text, List<Entity> entities, String language) {
        return english != null && "en".equals(language) ? english.extract(articleId, text, entities)
                : extract(articleId, text, entities);
    }

    @Override
    public List<Quote> extract(String articleId, TokenizedText text, List<Entity> entities) {
        if (text.text().isEmpty()) {
            return List.of();
        }
        ArticleView view = new ArticleView(text, lexicon);
        AttributionReader reader = new AttributionReader(view);
        DirectQuoteFinder directFinder = new DirectQuoteFinder(view, reader);
        List<QuotedPiece> pieces = directFinder.closeOpenQuotations(QuoteMarkScanner.scan(view.text));
        DirectQuoteFinder.Result direct = directFinder.find(pieces);
        List<Candidate> candidates = new ArrayList<>(direct.quotes());
        SpeakerResolver resolver = new SpeakerResolver(view, entities == null ? List.of() : entities, pieces);
        candidates.addAll(new ReportedSpeechFinder(view, reader, pieces, resolver).find(direct.regions()));
        candidates.sort(Comparator.comparingInt(Candidate::start));
        List<Entity> known = entities == null ? List.of() : entities;
        return resolve(articleId, view, candidates, resolver, new NameRepair(view.words, known, lexicon),
                new SpeakerEntities(known));
    }

    private static List<Quote> resolve(String articleId, ArticleView view, List<Candidate> candidates,
                                       SpeakerResolver resolver, NameRepair names, SpeakerEntities linked) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Quote> quotes = new ArrayList<>(candidates.size());
        Map<Integer, Quote> groups = new HashMap<>();
        StatementIds ids = new StatementIds(articleId);
        Quote previous = null;
        int previousEnd = -1;
        int lastEnd = -1;
        for (Candidate c : candidates) {
            if (c.start() < lastEnd) {
                continue;
            }
            Speaker speaker = null;
            boolean group = false;
            String cue = c.cue();
            String addressee = c.addressee();
            String place = c.place();
            Quote groupFirst = c.group() >= 0 ? groups.get(c.group()) : null;
            if (groupFirst != null) {
                speaker = groupFirst.speaker() == null ? null
                        : new Speaker(groupFirst.speaker(), groupFirst.speakerEntity(), true);
            } else {
                switch (c.mode()) {
                    case PHRASE -> {
                        PhraseReading reading = reading(c, resolver);
                        group = reading.kind() == PhraseReading.Kind.GROUP;
                        speaker = switch (reading.kind()) {
                            case SPEAKER -> reading.speaker();
                            case PRONOUN -> resolver.pronoun(view.words.start[c.phraseFrom()], c.start(), c.end());
                            case DESCRIPTION -> resolver.description(view.words.start[c.phraseFrom()]);
                            case NONE, GROUP -> null;
                        };
                    }
                    case PRONOUN -> speaker = resolver.pronoun(c.anchor(), c.start(), c.end());
                    case PREVIOUS -> speaker = resolver.previousSource();
                    case INHERIT -> {
                        if (previous != null && view.paragraphOf(c.start()) - view.paragraphOf(previousEnd) <= 1) {
                            speaker = previous.speaker() == null ? null
                                    : new Speaker(previous.speaker(), previous.speakerEntity(), true);
                            cue = previous.cue();
                            addressee = addressee == null ? previous.addressee() : addressee;
                            place = place == null ? previous.place() : place;
                        }
                    }
                    case NONE -> speaker = null;
                }
            }
            if (!group) {
                // a group's statement ("kata mereka") leaves "ujarnya" to the person spoken of before
                int attributionSentence = view.sentenceOf(Math.max(c.anchor(), c.start()));
                resolver.attributed(speaker, Math.max(c.end(), view.sentenceEnd.length == 0 ? c.anchor()
                        : view.sentenceEnd[attributionSentence]));
            }
            if (groupFirst == null) {
                speaker = linked.link(names.repair(speaker, c.phraseFrom() >= 0 && c.phraseFrom() < c.phraseTo()
                        ? view.text.substring(view.words.start[c.phraseFrom()], view.words.end[c.phraseTo() - 1])
                        : null, c.start()));
            }
            Quote q = new Quote(ids.of(c.start(), c.end()),
                    speaker == null ? null : speaker.name(), speaker == null ? null : speaker.entityId(),
                    view.text.substring(c.start(), c.end()), new Span(c.start(), c.end()), c.direct(), cue,
                    view.sentenceOf(c.start()), addressee, place);
            if (c.group() >= 0) {
                groups.putIfAbsent(c.group(), q);
            }
            quotes.add(q);
            previous = q;
            previousEnd = c.end();
            lastEnd = c.end();
        }
        return List.copyOf(quotes);
    }

    private static PhraseReading reading(Candidate c, SpeakerResolver resolver) {
        PhraseReading reading = resolver.read(c.phraseFrom(), c.phraseTo(), c.anchor());
        if ((reading.kind() == PhraseReading.Kind.NONE || reading.kind() == PhraseReading.Kind.GROUP) && c.altFrom() >= 0) {
            PhraseReading alt = resolver.read(c.altFrom(), c.altTo(), c.anchor());
            if (alt.kind() != PhraseReading.Kind.NONE) {
                reading = alt;
            }
        }
        return reading;
    }
}
