package dev.intisari.flink;

import dev.intisari.core.ingest.IngestListener;
import dev.intisari.core.ingest.JsonLinesParser;
import dev.intisari.flink.serial.SerialType;
import dev.intisari.model.InputProblem;
import dev.intisari.model.RawArticle;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

/**
 * Reads one Kafka message as one line of the JSON Lines input (docs/output-format.md) with the core's own
 * parser. The source of an article is {@code kafka:TOPIC/PARTITION:OFFSET}; a message without id or url gets
 * that as its id. A message that is not an article is logged with its position and skipped, as the file
 * readers skip a bad line.
 */
final class RawArticleSchema implements KafkaRecordDeserializationSchema<RawArticle> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RawArticleSchema.class);
    private transient JsonLinesParser parser;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawArticle> out) {
        if (parser == null) {
            parser = new JsonLinesParser();
        }
        String where = "kafka:" + record.topic() + "/" + record.partition();
        if (record.value() == null) {
            return;
        }
        String line = new String(record.value(), StandardCharsets.UTF_8).strip();
        int offset = (int) Math.min(record.offset(), Integer.MAX_VALUE);
        parser.parse(line, where, offset, where + ":" + record.offset(), new IngestListener() {
            @Override
            public void article(RawArticle raw) {
                // the parser returns the article instead
            }

            @Override
            public void problem(InputProblem problem) {
                LOG.warn("{}:{}: {}", problem.source(), problem.line(), problem.message());
            }
        }).ifPresent(out::collect);
    }

    @Override
    public TypeInformation<RawArticle> getProducedType() {
        return SerialType.json(RawArticle.class);
    }
}
