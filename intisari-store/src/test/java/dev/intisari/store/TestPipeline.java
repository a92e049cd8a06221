package dev.intisari.store;

import dev.intisari.core.cluster.EntityStorylineLinker;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.cluster.StoryClusterer;
import dev.intisari.core.clean.RuleLineCleaner;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;
import dev.intisari.core.entity.EntityRecognizer;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.core.quote.QuoteExtractor;
import dev.intisari.core.quote.SpeakerQuoteMerger;
import dev.intisari.core.summary.CitingStoryExplainer;
import dev.intisari.core.summary.SupervisedMmrSummarizer;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.core.time.DatedSentenceTimeline;
import dev.intisari.core.time.RuleDateTagger;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Quote;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.StableId;
import dev.intisari.model.TokenizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard stages, except that entities and quotes come from two tiny test stages that know the
 * fictional people of {@link FictionalNews}: the store is tested on its own, whatever state the real
 * recogniser and quote extractor are in. Language is fixed to Indonesian to keep the test fast.
 */
public final class TestPipeline {
    private static final Map<String, String> PEOPLE = Map.of("Budi Santosa", "Budi", "Siti Rahmawati", "Siti",
            "Rina Kartika", "Rina");
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]{10,}?),?\" (?:kata|ujar) (\\p{Lu}\\p{L}+)");

    private TestPipeline() {
    }

    public static Pipeline create() {
        return create(new OnlineStoryClusterer());
    }

    public static Pipeline create(StoryClusterer clusterer) {
        return create(clusterer, new KnownPeople());
    }

    /** With another entity stage. */
    public static Pipeline create(StoryClusterer clusterer, EntityRecognizer entities) {
        return new Pipeline(new RuleLineCleaner(), text -> "id", new RuleTokenizer(), new RuleSentenceSplitter(),
                entities, new QuotedSpeech(), new RuleDateTagger(), new SupervisedMmrSummarizer(),
                new MinHashDuplicateDetector(), clusterer,
                new CitingStoryExplainer(new SpeakerQuoteMerger(), new DatedSentenceTimeline()),
                new EntityStorylineLinker());
    }

    private static final class KnownPeople implements EntityRecognizer {
        @Override
        public List<Entity> recognize(TokenizedText text) {
            List<Entity> out = new ArrayList<>();
            PEOPLE.forEach((full, first) -> {
                List<Span> mentions = new ArrayList<>();
                Matcher m = Pattern.compile(Pattern.quote(full) + "|\\b" + first + "\\b").matcher(text.text());
                while (m.find()) {
                    mentions.add(new Span(m.start(), m.end()));
                }
                if (!mentions.isEmpty() && text.text().contains(full)) {
                    out.add(new Entity("e" + (out.size() + 1), full, EntityType.PERSON, mentions));
                }
            });
            return out;
        }
    }

    private static final class QuotedSpeech implements QuoteExtractor {
        @Override
        public List<Quote> extract(String articleId, TokenizedText text, List<Entity> entities) {
            List<Quote> out = new ArrayList<>();
            Matcher m = QUOTE.matcher(text.text());
            while (m.find()) {
                String speaker = entities.stream().map(Entity::name).filter(n -> n.startsWith(m.group(2)))
                        .findFirst().orElse(null);
                int sentence = 0;
                for (Sentence s : text.sentences()) {
                    if (s.span().start() <= m.start(1)) {
                        sentence = s.index();
                    }
                }
                out.add(new Quote(StableId.of("q", articleId, String.valueOf(m.start(1))), speaker, null,
                        m.group(1), new Span(m.start(1), m.end(1)), true, m.group(0).contains("kata") ? "kata" : "ujar",
                        sentence, null, null));
            }
            return out;
        }
    }
}
