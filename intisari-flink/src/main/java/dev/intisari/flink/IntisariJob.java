package dev.intisari.flink;

import dev.intisari.flink.serial.SerialType;
import dev.intisari.model.Article;
import dev.intisari.model.RawArticle;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.opensearch.sink.Opensearch2SinkBuilder;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.opensearch.action.delete.DeleteRequest;
import org.opensearch.action.index.IndexRequest;
import org.opensearch.common.xcontent.XContentType;

import java.nio.charset.StandardCharsets;

/**
 * The Intisari pipeline as a Flink streaming job, stage for stage in the order of {@code Pipeline}:
 * <pre>
 *   Kafka raw-topic (JSON Lines, one article a message)
 *     -> keyBy(article id): first copy of an id only                   (keyed state: ids seen)
 *     -> analyze: clean, language, tokens, sentences, entities, quotes, dates, key points   (stateless, parallel)
 *     -> event time = publication time, bounded lateness
 *     -> keyBy(scope): link, near-duplicates, story clustering, in publication order     (keyed, checkpointed)
 *     -> keyBy(story id): story explanation on each change                          (parallel)
 *     -> OpenSearch: article-index (each article), story-index (each story; merged ones deleted and
 *        recorded in story-index-aliases)
 *     -> Kafka story-topic: each story update, keyed by story id
 * </pre>
 * Submit with {@code flink run intisari-flink-job.jar --bootstrap ... --opensearch ...} (docs/scale-out.md).
 */
public final class IntisariJob {
    /** One grouping scope: all articles are grouped together, as by the local runner. */
    static final String SCOPE = "all";

    private IntisariJob() {
    }

    public static void main(String[] args) throws Exception {
        JobConfig config = JobConfig.from(args);
        if (!config.opensearch().isEmpty()) {
            IndexSetup.ensure(config.opensearch(), config.articleIndex(), config.storyIndex());
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        build(env, config);
        env.execute("intisari");
    }

    /** Adds the job's sources, operators and sinks to {@code env}. */
    public static void build(StreamExecutionEnvironment env, JobConfig config) {
        env.enableCheckpointing(config.checkpoint().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        KafkaSourceBuilder<RawArticle> source = KafkaSource.<RawArticle>builder()
                .setBootstrapServers(config.bootstrap())
                .setTopics(config.rawTopic())
                .setGroupId(config.groupId())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(
                        org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RawArticleSchema());
        if (config.bounded()) {
            source.setBounded(OffsetsInitializer.latest());
        }
        DataStream<RawArticle> raw = env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "raw articles")
                .uid("raw-articles");
        DataStream<Article> analysed = raw
                .keyBy(RawArticle::id)
                .process(new FirstCopyFilter(config.retention())).uid("first-copy").name("first copy of an id")
                .returns(SerialType.json(RawArticle.class))
                .flatMap(new ArticleAnalysis()).uid("analyze").name("analyze")
                .returns(SerialType.json(Article.class))
                .assignTimestampsAndWatermarks(PublicationTime.strategy(config)).uid("publication-time");
        SingleOutputStreamOperator<StoryChange> changes = analysed
                .keyBy(a -> SCOPE)
                .process(new StoryGrouping(config)).uid("group").name("link, dedupe, cluster")
                .returns(SerialType.json(StoryChange.class));
        DataStream<StoryUpdate> stories = changes
                .keyBy(StoryChange::story)
                .map(new StoryExplanation()).uid("explain").name("explain stories")
                .returns(SerialType.json(StoryUpdate.class));
        DataStream<ArticleDoc> articles = changes.getSideOutput(StoryGrouping.ARTICLES);

        if (!config.opensearch().isEmpty()) {
            DataStream<IndexAction> actions = articles
                    .map(d -> new IndexAction(config.articleIndex(), d.article().id(), ContractJson.article(d)))
                    .returns(SerialType.json(IndexAction.class)).name("article documents")
                    .union(stories.flatMap((StoryUpdate u, Collector<IndexAction> out) ->
                                    IndexAction.of(u, config.storyIndex()).forEach(out::collect))
                            .returns(SerialType.json(IndexAction.class)).name("story documents"));
            actions.sinkTo(new Opensearch2SinkBuilder<IndexAction>()
                    .setHosts(IndexSetup.hosts(config.opensearch()))
                    .setEmitter((action, context, indexer) -> {
                        if (action.json() == null) {
                            indexer.add(new DeleteRequest(action.index(), action.id()));
                        } else {
                            indexer.add(new IndexRequest(action.index()).id(action.id())
                                    .source(action.json(), XContentType.JSON));
                        }
                    })
                    .setBulkFlushMaxActions(500)
                    .setBulkFlushInterval(1000)
                    .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                    .build()).uid("opensearch").name("OpenSearch");
        }
        String storyTopic = config.storyTopic();
        // The record's time is when the update was made, not the stream's event time (the publication time):
        // with event times, time-based retention would delete a story's updates as soon as they are written.
        KafkaRecordSerializationSchema<StoryUpdate> record = (u, context, eventTime) -> new ProducerRecord<>(
                storyTopic, null, System.currentTimeMillis(), u.id().getBytes(StandardCharsets.UTF_8),
                ContractJson.update(u).getBytes(StandardCharsets.UTF_8));
        stories.sinkTo(KafkaSink.<StoryUpdate>builder()
                .setBootstrapServers(config.bootstrap())
                .setRecordSerializer(record)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build()).uid("story-updates").name("Kafka story updates");
    }
}
