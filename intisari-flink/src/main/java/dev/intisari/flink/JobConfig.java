package dev.intisari.flink;

import org.apache.flink.api.java.utils.ParameterTool;

import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The job's settings, from {@code --name value} arguments (see docs/scale-out.md for each).
 *
 * @param bootstrap      Kafka bootstrap servers
 * @param rawTopic       topic of raw articles, one JSON Lines article per message
 * @param storyTopic     topic the story updates are written to, keyed by story id
 * @param groupId        Kafka consumer group of the source
 * @param opensearch     OpenSearch hosts ({@code http://host:9200}); empty: no index sink
 * @param articleIndex   index of analysed articles
 * @param storyIndex     index of explained stories
 * @param checkpoint     checkpoint interval
 * @param lateness       how far out of publication order articles may arrive and still be grouped in order
 * @param idleFlush      processing time after the last article at which the articles still held for ordering
 *                       are grouped anyway (a quiet stream is not left waiting for the next article)
 * @param retention      how long (publication time) grouping keeps a story that gets no new article
 * @param linkWindow     most recent articles an article's entity names are linked against
 * @param bounded        stop at the topic's end offsets at start (a backfill) instead of running on
 */
public record JobConfig(String bootstrap, String rawTopic, String storyTopic, String groupId, List<String> opensearch,
                        String articleIndex, String storyIndex, Duration checkpoint, Duration lateness,
                        Duration idleFlush, Duration retention, int linkWindow, boolean bounded) implements Serializable {
    public JobConfig {
        opensearch = List.copyOf(opensearch);
        if (linkWindow < 0) {
            throw new IllegalArgumentException("link-window must not be negative");
        }
    }

    public static JobConfig from(String[] args) {
        ParameterTool p = ParameterTool.fromArgs(args);
        String hosts = p.get("opensearch", "http://localhost:9200");
        return new JobConfig(p.get("bootstrap", "localhost:9092"), p.get("raw-topic", "intisari-raw"),
                p.get("story-topic", "intisari-stories"), p.get("group-id", "intisari-flink"),
                hosts.isBlank() ? List.of() : Arrays.stream(hosts.split(",")).map(String::strip).toList(),
                p.get("article-index", "intisari-articles"), p.get("story-index", "intisari-stories"),
                Duration.parse(p.get("checkpoint", "PT30S")), Duration.parse(p.get("lateness", "PT30M")),
                Duration.parse(p.get("idle-flush", "PT1M")), Duration.parse(p.get("retention", "P30D")),
                p.getInt("link-window", 256), p.getBoolean("bounded", false));
    }
}
