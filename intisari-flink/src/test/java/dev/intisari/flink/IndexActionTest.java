package dev.intisari.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.model.Origin;
import dev.intisari.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The OpenSearch writes of story updates: a story is put; a merged story is deleted and its merge recorded. */
class IndexActionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aStoryIsPutUnderItsId() throws Exception {
        Story story = new Story("s-2", "Banjir di Sukamaju", List.of("a1", "a2"), "2025-03-03", "2025-03-04",
                new Origin("a1", List.of()), List.of(), List.of(), List.of(), List.of(), List.of());
        List<IndexAction> actions = IndexAction.of(new StoryUpdate("s-2", story, null), "berita-stories");
        assertEquals(1, actions.size());
        assertEquals("berita-stories", actions.get(0).index());
        assertEquals("s-2", actions.get(0).id());
        JsonNode doc = JSON.readTree(actions.get(0).json());
        assertEquals("s-2", doc.path("id").asText());
        assertEquals("Banjir di Sukamaju", doc.path("title").asText());
    }

    @Test
    void aMergedStoryIsDeletedAndRecordedAsAnAliasOfTheStoryThatAbsorbedIt() throws Exception {
        List<IndexAction> actions = IndexAction.of(new StoryUpdate("s-7", null, "s-2"), "berita-stories");
        assertEquals(2, actions.size());
        assertEquals("berita-stories", actions.get(0).index());
        assertEquals("s-7", actions.get(0).id());
        assertNull(actions.get(0).json(), "a delete");
        assertEquals("berita-stories-aliases", actions.get(1).index());
        assertEquals("s-7", actions.get(1).id());
        assertEquals("s-2", JSON.readTree(actions.get(1).json()).path("into").asText());
    }
}
