package dev.intisari.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.core.pipeline.CorpusRun;
import dev.intisari.core.report.ReportWriter;
import dev.intisari.model.Article;
import dev.intisari.model.Grouping;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.util.TestStreamEnvironment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/**
 * Throughput harness, not a test: the same IndoSum articles through the local runner (one thread, then all
 * cores) and through the Flink job (in-JVM Kafka, MiniCluster, parallelism 1 and 2, story topic as the sink,
 * no OpenSearch), printing articles per wall-clock second and per CPU-second of the whole JVM (the figure that
 * holds on a shared, loaded machine; the Flink rows include the in-JVM Kafka broker). The stages are warmed up
 * on 200 articles first. Run on purpose:
 * <pre>
 * mvn -pl intisari-flink -am test -Dtest=FlinkThroughputBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.articles=750
 * </pre>
 */
class FlinkThroughputBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printThroughput() throws Exception {
        Path shared = Paths.get(System.getProperty("intisari.shared", "../shared"));
        Path folds = shared.resolve("data/indosum-devfolds");
        Assumptions.assumeTrue(Files.isDirectory(folds), "IndoSum dev folds absent: " + folds);
        int wanted = Integer.getInteger("bench.articles", 750);
        List<String> lines = indoSum(folds, wanted);
        Path file = Files.createTempFile("intisari-bench", ".jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        Path warm = Files.createTempFile("intisari-bench-warm", ".jsonl");
        Files.writeString(warm, String.join("\n", lines.subList(0, Math.min(200, lines.size()))) + "\n",
                StandardCharsets.UTF_8);
        local(warm, 2);
        Files.deleteIfExists(warm);
        List<String[]> rows = new ArrayList<>();
        for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
            long t0 = System.nanoTime();
            long c0 = cpu();
            int stories = local(file, threads);
            rows.add(row("local runner, " + threads + " thread(s)", lines.size(), System.nanoTime() - t0,
                    cpu() - c0, stories));
        }
        try (EmbeddedKafka kafka = new EmbeddedKafka()) {
            for (int parallelism : new int[] {1, 2}) {
                String name = "bench" + parallelism;
                JobConfig config = new JobConfig(kafka.bootstrap(), name + "-raw", name + "-stories", name, List.of(),
                        name + "-articles", name + "-stories", Duration.ofSeconds(10), Duration.ofDays(3650),
                        Duration.ofMinutes(10), Duration.ofDays(30), 256, true);
                kafka.createTopic(config.rawTopic(), parallelism);
                kafka.createTopic(config.storyTopic(), 1);
                kafka.send(config.rawTopic(), lines);
                Configuration conf = new Configuration();
                conf.set(RestOptions.BIND_PORT, "0"); // any free port
                MiniCluster flink = new MiniCluster(new MiniClusterConfiguration.Builder()
                        .setConfiguration(conf).setNumTaskManagers(1)
                        .setNumSlotsPerTaskManager(parallelism).build());
                flink.start();
                try {
                    TestStreamEnvironment env = new TestStreamEnvironment(flink, parallelism);
                    IntisariJob.build(env, config);
                    long t0 = System.nanoTime();
                    long c0 = cpu();
                    env.execute("bench");
                    rows.add(row("flink job, parallelism " + parallelism, lines.size(), System.nanoTime() - t0,
                            cpu() - c0, -1));
                } finally {
                    flink.closeAsync().get();
                }
            }
        }
        Files.deleteIfExists(file);
        System.out.printf(Locale.ROOT, "%nthroughput on %d IndoSum articles, %d cores, load average %.1f%n",
                lines.size(), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "| %-28s | %8s | %10s | %11s | %20s | %7s |%n", "runner", "wall s",
                "articles/s", "CPU seconds", "articles/CPU-second", "stories");
        for (String[] r : rows) {
            System.out.printf(Locale.ROOT, "| %-28s | %8s | %10s | %11s | %20s | %7s |%n", (Object[]) r);
        }
    }

    private static String[] row(String name, int articles, long nanos, long cpuNanos, int stories) {
        double seconds = nanos / 1e9;
        double cpu = cpuNanos / 1e9;
        return new String[] {name, String.format(Locale.ROOT, "%.1f", seconds),
                String.format(Locale.ROOT, "%.1f", articles / seconds), String.format(Locale.ROOT, "%.1f", cpu),
                String.format(Locale.ROOT, "%.1f", articles / cpu), stories < 0 ? "" : String.valueOf(stories)};
    }

    /** CPU time of this whole JVM (all threads: runner, Kafka broker, Flink), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static int local(Path file, int threads) throws Exception {
        int[] stories = new int[1];
        ReportWriter report = new ReportWriter() {
            @Override
            public void article(Article article) {
            }

            @Override
            public void grouping(Grouping grouping) {
                stories[0] = grouping.stories().size();
            }

            @Override
            public void close() {
            }
        };
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            new CorpusRun(new FileCorpusReader(), Stages.standard(), pool)
                    .run(List.of(file.toString()), report, p -> { }, n -> { });
        } finally {
            pool.shutdown();
        }
        return stories[0];
    }

    /** IndoSum articles as JSON Lines: tokens joined again, published from the id's Unix time. */
    private static List<String> indoSum(Path folds, int wanted) throws Exception {
        List<String> out = new ArrayList<>();
        for (int fold = 1; fold <= 5 && out.size() < wanted; fold++) {
            try (BufferedReader in = Files.newBufferedReader(folds.resolve("dev.0" + fold + ".jsonl"))) {
                for (String line = in.readLine(); line != null && out.size() < wanted; line = in.readLine()) {
                    JsonNode n = JSON.readTree(line);
                    StringBuilder text = new StringBuilder();
                    for (JsonNode paragraph : n.path("paragraphs")) {
                        for (JsonNode sentence : paragraph) {
                            for (JsonNode token : sentence) {
                                text.append(token.asText()).append(' ');
                            }
                        }
                        text.append("\n\n");
                    }
                    String id = n.path("id").asText();
                    ObjectNode a = JSON.createObjectNode();
                    a.put("id", "indosum-" + fold + "-" + id);
                    a.put("outlet", n.path("source").asText());
                    a.put("url", n.path("source_url").asText());
                    long seconds = Long.parseLong(id.substring(0, id.indexOf('-')));
                    a.put("published", Instant.ofEpochSecond(seconds).atZone(ZoneId.of("Asia/Jakarta"))
                            .toOffsetDateTime().toString());
                    a.put("text", text.toString().replace(" .", ".").replace(" ,", ","));
                    out.add(a.toString());
                }
            }
        }
        return out;
    }
}
