package dev.intisari.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.core.report.JsonReportWriter;
import dev.intisari.model.Grouping;
import dev.intisari.model.Story;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The job's documents in the output contract (docs/output-format.md), written by the same
 * {@link JsonReportWriter} as {@code analyze --format jsonl}: an article line with the fields the stream adds
 * ({@code story}, {@code duplicate_of}, {@code similarity}), a story line, and a merge notice.
 */
public final class ContractJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractJson() {
    }

    public static String article(ArticleDoc doc) {
        String line = render(w -> w.article(doc.article()));
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(line);
            node.put("story", doc.story());
            if (doc.duplicateOf() != null) {
                node.put("duplicate_of", doc.duplicateOf());
                node.put("similarity", Math.round(doc.similarity() * 1000) / 1000.0);
            }
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String story(Story story) {
        return render(w -> w.grouping(new Grouping(List.of(), List.of(story), List.of())));
    }

    public static String merged(String story, String into) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "story-merged");
        node.put("id", story);
        node.put("into", into);
        return node.toString();
    }

    /** The alias document of a merged story: the story that absorbed it. */
    public static String alias(String into) {
        ObjectNode node = JSON.createObjectNode();
        node.put("into", into);
        return node.toString();
    }

    public static String update(StoryUpdate update) {
        return update.story() != null ? story(update.story()) : merged(update.id(), update.mergedInto());
    }

    private interface Write {
        void to(JsonReportWriter writer) throws IOException;
    }

    private static String render(Write write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonReportWriter writer = new JsonReportWriter(out, true)) {
            write.to(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
