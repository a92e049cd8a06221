package dev.intisari.flink;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobConfigTest {
    @Test
    void defaultsNameTheDocumentedTopicsAndIndices() {
        JobConfig c = JobConfig.from(new String[0]);
        assertEquals("localhost:9092", c.bootstrap());
        assertEquals("intisari-raw", c.rawTopic());
        assertEquals("intisari-stories", c.storyTopic());
        assertEquals(List.of("http://localhost:9200"), c.opensearch());
        assertEquals("intisari-articles", c.articleIndex());
        assertEquals(Duration.ofMinutes(30), c.lateness());
        assertFalse(c.bounded());
    }

    @Test
    void argumentsOverrideDefaults() {
        JobConfig c = JobConfig.from(new String[] {"--bootstrap", "kafka-1:9092,kafka-2:9092", "--opensearch",
                "http://os-1:9200, http://os-2:9200", "--lateness", "PT2H", "--link-window", "64", "--bounded", "true"});
        assertEquals("kafka-1:9092,kafka-2:9092", c.bootstrap());
        assertEquals(List.of("http://os-1:9200", "http://os-2:9200"), c.opensearch());
        assertEquals(Duration.ofHours(2), c.lateness());
        assertEquals(64, c.linkWindow());
        assertTrue(c.bounded());
    }

    @Test
    void emptyOpenSearchTurnsTheIndexSinkOff() {
        assertTrue(JobConfig.from(new String[] {"--opensearch", ""}).opensearch().isEmpty());
    }

    @Test
    void negativeLinkWindowIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> JobConfig.from(new String[] {"--link-window", "-1"}));
    }
}
