package dev.intisari.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.model.Article;
import dev.intisari.model.Story;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.util.TestStreamEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job end to end in one JVM: an in-JVM Kafka (KRaft), a Flink MiniCluster and an in-JVM OpenSearch node,
 * on the demo corpus. (a) The job gives the local runner's stories and key points, in the index and on the
 * story topic, from input sent out of publication order. (b) A task manager killed in the middle of the stream
 * restarts the job from its last checkpoint, and the index ends with every article once and the same stories.
 * (c) The REST API over the job's indices ({@code serve --opensearch}) answers as the REST API over the
 * embedded store filled with the same corpus ({@link ServedIndexCheck}).
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class StreamingJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedKafka kafka;
    private static EmbeddedOpenSearch opensearch;
    private static MiniCluster flink;
    private static List<String> lines;
    private static DemoCorpus.LocalRun local;
    private static Map<String, JsonNode> expectedStories;
    private static Map<String, String> expectedStoryOf;
    private static JobConfig shuffledRun;

    @BeforeAll
    static void start() throws Exception {
        lines = DemoCorpus.lines();
        local = DemoCorpus.runLocally(lines);
        expectedStories = new TreeMap<>();
        expectedStoryOf = new HashMap<>();
        for (Story s : local.grouping().stories()) {
            expectedStories.put(s.id(), JSON.readTree(ContractJson.story(s)));
            s.articles().forEach(a -> expectedStoryOf.put(a, s.id()));
        }
        kafka = new EmbeddedKafka();
        opensearch = new EmbeddedOpenSearch();
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 20);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(500));
        conf.set(RestOptions.BIND_PORT, "0"); // any free port: 8081 may be taken by another build on the machine
        flink = new MiniCluster(new MiniClusterConfiguration.Builder().setConfiguration(conf)
                .setNumTaskManagers(1).setNumSlotsPerTaskManager(2).build());
        flink.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (flink != null) {
            flink.closeAsync().get(60, TimeUnit.SECONDS);
        }
        if (opensearch != null) {
            opensearch.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static JobConfig config(String name, Duration lateness, Duration idleFlush, Duration checkpoint,
                                    boolean bounded) {
        return new JobConfig(kafka.bootstrap(), name + "-raw", name + "-stories", name,
                List.of(opensearch.url()), name + "-articles", name + "-stories", checkpoint, lateness, idleFlush,
                Duration.ofDays(3650), 256, bounded);
    }

    private static JobClient submit(JobConfig config) throws Exception {
        kafka.createTopic(config.rawTopic(), 1);
        kafka.createTopic(config.storyTopic(), 1);
        IndexSetup.ensure(config.opensearch(), config.articleIndex(), config.storyIndex());
        TestStreamEnvironment env = new TestStreamEnvironment(flink, 1);
        IntisariJob.build(env, config);
        return env.executeAsync("intisari-" + config.groupId());
    }

    /**
     * The job run once, bounded, on the corpus sent in shuffled order: shared by the tests that read its index
     * (each asserts what it needs, none changes the index the others read).
     */
    private static synchronized JobConfig shuffledRun() throws Exception {
        if (shuffledRun == null) {
            JobConfig config = config("equal", Duration.ofDays(3650), Duration.ofMinutes(10), Duration.ofSeconds(2),
                    true);
            List<String> shuffled = new ArrayList<>(lines);
            Collections.shuffle(shuffled, new Random(11));
            kafka.createTopic(config.rawTopic(), 1);
            kafka.send(config.rawTopic(), shuffled);
            JobClient job = submitExisting(config);
            job.getJobExecutionResult().get(5, TimeUnit.MINUTES);
            shuffledRun = config;
        }
        return shuffledRun;
    }

    @Test
    void sameStoriesAsTheLocalRunnerFromShuffledInput() throws Exception {
        JobConfig config = shuffledRun();
        assertIndexMatchesLocalRun(config);
        assertSameStories(expectedStories, storiesOnTopic(config), "story topic");
    }

    /** serve --opensearch on the job's indices answers as serve on the embedded store with the same corpus. */
    @Test
    void theRestApiOverTheIndexAnswersAsOverTheEmbeddedStore() throws Exception {
        JobConfig config = shuffledRun();
        try (ServedIndexCheck check = new ServedIndexCheck(lines, opensearch.url(), config)) {
            check.run();
            // the demo corpus merges no story today; IndexActionTest and OpenSearchArchiveTest cover the records
            check.mergedStoriesLeadToTheirSurvivors(mergesOnTopic(config));
        }
    }

    /** The story topic's merge notices: merged story -> the story that absorbed it. */
    private static Map<String, String> mergesOnTopic(JobConfig config) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (ConsumerRecord<String, String> r : kafka.readAll(config.storyTopic())) {
            JsonNode value = JSON.readTree(r.value());
            if ("story-merged".equals(value.path("type").asText())) {
                out.put(r.key(), value.path("into").asText());
            }
        }
        return out;
    }

    @Test
    void restartFromCheckpointLosesAndRepeatsNoArticle() throws Exception {
        JobConfig config = config("restart", Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(1), false);
        List<String> ordered = inPublicationOrder();
        int half = ordered.size() / 2;
        JobClient job = submit(config);
        JobID id = job.getJobID();
        kafka.send(config.rawTopic(), ordered.subList(0, half));
        waitFor(() -> count(config.articleIndex()) == half, "first half indexed");
        long checkpoints = completedCheckpoints(id);
        waitFor(() -> completedCheckpoints(id) >= checkpoints + 2, "a checkpoint after the first half");

        kafka.send(config.rawTopic(), ordered.subList(half, half + 3));
        waitFor(() -> count(config.articleIndex()) > half, "the second half started");
        flink.terminateTaskManager(0).get(60, TimeUnit.SECONDS);
        flink.startTaskManager();
        kafka.send(config.rawTopic(), ordered.subList(half + 3, ordered.size()));

        waitFor(() -> count(config.articleIndex()) == ordered.size()
                && sameKeys(expectedStories, storiesInIndexQuietly(config)), "all articles and stories indexed");
        assertTrue(restarts(id) >= 1, "the job restarted");
        job.cancel().get(60, TimeUnit.SECONDS);
        assertIndexMatchesLocalRun(config);
        assertSameStories(expectedStories, storiesOnTopic(config), "story topic");
    }

    private static JobClient submitExisting(JobConfig config) throws Exception {
        kafka.createTopic(config.storyTopic(), 1);
        IndexSetup.ensure(config.opensearch(), config.articleIndex(), config.storyIndex());
        TestStreamEnvironment env = new TestStreamEnvironment(flink, 1);
        IntisariJob.build(env, config);
        return env.executeAsync("intisari-" + config.groupId());
    }

    private static void assertIndexMatchesLocalRun(JobConfig config) throws Exception {
        List<JsonNode> docs = opensearch.documents(config.articleIndex());
        Set<String> ids = new HashSet<>();
        for (JsonNode d : docs) {
            assertTrue(ids.add(d.path("id").asText()), "one document per article: " + d.path("id"));
            assertEquals(expectedStoryOf.get(d.path("id").asText()), d.path("story").asText(),
                    "story of " + d.path("id"));
        }
        Set<String> expectedIds = new HashSet<>();
        local.articles().forEach(a -> expectedIds.add(a.id()));
        assertEquals(expectedIds, ids, "every article indexed");
        Map<String, JsonNode> stories = storiesInIndex(config);
        assertSameStories(expectedStories, stories, "story index");
        Set<String> members = new HashSet<>();
        stories.values().forEach(s -> s.path("articles").forEach(a ->
                assertTrue(members.add(a.asText()), "an article in one story only: " + a)));
        String word = local.articles().get(0).title().split(" ")[0];
        assertFalse(opensearch.match(config.articleIndex(), "title", word).isEmpty(),
                "the title is searchable with the indonesian analyzer");
    }

    private static void assertSameStories(Map<String, JsonNode> expected, Map<String, JsonNode> actual, String where) {
        assertEquals(expected.keySet(), actual.keySet(), where + ": story ids");
        for (String id : expected.keySet()) {
            JsonNode e = expected.get(id);
            JsonNode a = actual.get(id);
            assertEquals(e.path("articles"), a.path("articles"), where + ": articles of " + id);
            assertEquals(e.path("key_points"), a.path("key_points"), where + ": key points of " + id);
            assertEquals(e, a, where + ": story " + id);
        }
    }

    private static Map<String, JsonNode> storiesInIndex(JobConfig config) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        for (JsonNode d : opensearch.documents(config.storyIndex())) {
            out.put(d.path("id").asText(), d);
        }
        return out;
    }

    private static Map<String, JsonNode> storiesInIndexQuietly(JobConfig config) {
        try {
            return storiesInIndex(config);
        } catch (Exception e) {
            return Map.of();
        }
    }

    /** The story topic read as a changelog: the last update of each story, merged stories removed. */
    private static Map<String, JsonNode> storiesOnTopic(JobConfig config) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        for (ConsumerRecord<String, String> r : kafka.readAll(config.storyTopic())) {
            JsonNode value = JSON.readTree(r.value());
            if ("story-merged".equals(value.path("type").asText())) {
                out.remove(r.key());
            } else {
                out.put(r.key(), value);
            }
        }
        return out;
    }

    private static boolean sameKeys(Map<String, JsonNode> expected, Map<String, JsonNode> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            return false;
        }
        return expected.keySet().stream().allMatch(k -> expected.get(k).path("articles").equals(actual.get(k).path("articles")));
    }

    private static List<String> inPublicationOrder() {
        Map<String, Article> byId = new HashMap<>();
        local.articles().forEach(a -> byId.put(a.id(), a));
        List<String> ordered = new ArrayList<>(lines);
        Comparator<String> byTime = Comparator.comparing(line -> {
            Article a = byId.get(idOf(line));
            return a.published() == null ? Long.MAX_VALUE : a.published().instant().toInstant().toEpochMilli();
        });
        ordered.sort(byTime.thenComparing(StreamingJobTest::idOf));
        return ordered;
    }

    private static String idOf(String line) {
        try {
            return JSON.readTree(line).path("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(String index) {
        try {
            return opensearch.documents(index).size();
        } catch (Exception e) {
            return -1;
        }
    }

    private static long completedCheckpoints(JobID id) {
        try {
            AccessExecutionGraph graph = flink.getExecutionGraph(id).get(30, TimeUnit.SECONDS);
            return graph.getCheckpointStatsSnapshot().getCounts().getNumberOfCompletedCheckpoints();
        } catch (Exception e) {
            return -1;
        }
    }

    private static long restarts(JobID id) throws Exception {
        AccessExecutionGraph graph = flink.getExecutionGraph(id).get(30, TimeUnit.SECONDS);
        return graph.getCheckpointStatsSnapshot().getCounts().getNumberOfRestoredCheckpoints();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(250);
        }
    }
}
