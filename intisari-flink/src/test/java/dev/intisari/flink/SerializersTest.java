package dev.intisari.flink;

import dev.intisari.core.cluster.ClusterStep;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.dedupe.DuplicateMatch;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;
import dev.intisari.core.ingest.JsonLinesParser;
import dev.intisari.core.ingest.IngestListener;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.flink.serial.SerialType;
import dev.intisari.model.Article;
import dev.intisari.model.InputProblem;
import dev.intisari.model.RawArticle;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a checkpoint writes comes back the same: analysed articles (JSON), and the core's grouping state (Java
 * serialization), which must go on grouping exactly as the state that never left memory.
 */
class SerializersTest {
    private static List<Article> articles;

    @BeforeAll
    static void analyse() {
        Pipeline pipeline = Stages.standard();
        JsonLinesParser parser = new JsonLinesParser();
        IngestListener quiet = new IngestListener() {
            @Override
            public void article(RawArticle raw) {
            }

            @Override
            public void problem(InputProblem problem) {
                throw new IllegalStateException(problem.message());
            }
        };
        List<Article> analysed = new ArrayList<>();
        List<String> lines = DemoCorpus.lines();
        for (int i = 0; i < lines.size(); i++) {
            analysed.add(pipeline.analyze(parser.parse(lines.get(i), "demo", i, "demo-" + i, quiet).orElseThrow()));
        }
        articles = Pipeline.inPublicationOrder(pipeline.link(analysed));
    }

    private static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(1 << 16);
        serializer.serialize(value, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    @Test
    void articlesComeBackEqual() throws IOException {
        TypeSerializer<Article> serializer = SerialType.json(Article.class).createSerializer(new SerializerConfigImpl());
        for (Article a : articles) {
            assertEquals(a, roundTrip(serializer, a), a.id());
        }
    }

    @Test
    void restoredGroupingStateGroupsLikeTheLiveOne() throws IOException {
        Pipeline pipeline = Stages.standard();
        MinHashDuplicateDetector detector = (MinHashDuplicateDetector) pipeline.duplicateDetector();
        OnlineStoryClusterer clusterer = (OnlineStoryClusterer) pipeline.storyClusterer();
        TypeSerializer<GroupingState> serializer = SerialType.java(GroupingState.class)
                .createSerializer(new SerializerConfigImpl());
        GroupingState live = new GroupingState(detector.newState(), clusterer.newState());
        int half = articles.size() / 2;
        for (Article a : articles.subList(0, half)) {
            step(live, a, detector, clusterer);
        }
        GroupingState restored = roundTrip(serializer, live);
        for (Article a : articles.subList(half, articles.size())) {
            assertEquals(step(live, a, detector, clusterer), step(restored, a, detector, clusterer), a.id());
        }
        assertEquals(live.storyOf, restored.storyOf);
    }

    private static String step(GroupingState s, Article a, MinHashDuplicateDetector detector,
                               OnlineStoryClusterer clusterer) {
        DuplicateMatch copy = detector.add(s.copies, detector.input(a));
        String copyOf = copy.isCopy() ? copy.first() : null;
        ClusterStep step = clusterer.add(s.clusters, clusterer.input(a, copyOf));
        s.join(a.id(), step.story(), 0);
        return copy + " " + step.story() + " " + step.absorbed();
    }
}
