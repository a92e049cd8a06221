package dev.intisari.flink;

import java.util.List;
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

    /**
     * The writes of a story update: the story document, or, for a story merged into another, its deletion
     * and the merge record in the alias index ({@link IndexSetup#aliasIndex}), so its old id still leads to
     * the story that absorbed it.
     */
    public static List<IndexAction> of(StoryUpdate update, String storyIndex) {
        if (update.story() != null) {
            return List.of(new IndexAction(storyIndex, update.id(), ContractJson.story(update.story())));
        }
        return List.of(new IndexAction(storyIndex, update.id(), null),
                new IndexAction(IndexSetup.aliasIndex(storyIndex), update.id(), ContractJson.alias(update.mergedInto())));
    }
}
