package dev.intisari.flink;

import java.util.Objects;

/**
 * One write to OpenSearch: a document put under its id (the article's or story's own id, so a replay after a
 * restart overwrites instead of adding), or, with {@code json} null, a delete.
 */
public record IndexAction(String index, String id, String json) {
    public IndexAction {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(id, "id");
    }
}
