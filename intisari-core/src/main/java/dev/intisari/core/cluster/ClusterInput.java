package dev.intisari.core.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What story clustering needs of one article, so that any source (an analysed {@code Article}, a headline
 * of an evaluation set, a streaming record) can be clustered.
 *
 * @param when     publication instant, or null (no time decay, no ageing for this article)
 * @param terms    analysed terms (stemmed, stopwords removed), repeated as often as they occur
 * @param entities canonical entity names; empty when unknown
 * @param copyOf   the first article of the duplicate group this article belongs to, or null: a copy always
 *                 joins the story of its original while that story is in the active window
 * @param events   event keys ({@link EventSignals}: amounts, quoted statements, named days); empty when unknown
 */
public record ClusterInput(String id, Instant when, List<String> terms, List<String> entities, String copyOf,
                           List<String> events) {
    public ClusterInput {
        Objects.requireNonNull(id, "id");
        terms = List.copyOf(terms);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    public ClusterInput(String id, Instant when, List<String> terms, List<String> entities, String copyOf) {
        this(id, when, terms, entities, copyOf, List.of());
    }

    /** The same input marked as a copy of {@code original}. */
    public ClusterInput withCopyOf(String original) {
        return new ClusterInput(id, when, terms, entities, original, events);
    }

    public ClusterInput(String id, Instant when, List<String> terms) {
        this(id, when, terms, List.of(), null);
    }
}
