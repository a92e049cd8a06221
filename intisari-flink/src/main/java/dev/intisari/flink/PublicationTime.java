package dev.intisari.flink;

import dev.intisari.model.Article;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event time of an article: its publication instant (a date without time counts as midnight in Jakarta, as in
 * {@code Published.instant()}); an undated article takes the time Kafka received it. Watermarks trail the
 * latest publication time by the configured lateness.
 */
final class PublicationTime {
    private PublicationTime() {
    }

    static WatermarkStrategy<Article> strategy(JobConfig config) {
        return WatermarkStrategy.<Article>forBoundedOutOfOrderness(config.lateness())
                .withTimestampAssigner((article, received) -> article.published() == null
                        ? received
                        : article.published().instant().toInstant().toEpochMilli())
                .withIdleness(config.idleFlush());
    }
}
