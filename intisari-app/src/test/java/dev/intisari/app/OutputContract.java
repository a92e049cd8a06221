package dev.intisari.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks an analysis document against docs/output-format.schema.json and against the rules of the contract
 * that a schema cannot state: offsets point at the right text, citations point at real sentences, key points
 * are derivable from their first citation by deletions only, ids are unique.
 */
final class OutputContract {
    static final ObjectMapper JSON = new ObjectMapper();

    private OutputContract() {
    }

    static Path root() {
        return Path.of(System.getProperty("intisari.root", "..")).toAbsolutePath().normalize();
    }

    static Path shared() {
        return Path.of(System.getProperty("intisari.shared", root().resolve("../shared").toString()))
                .toAbsolutePath().normalize();
    }

    static void assertValid(JsonNode document) throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(root().resolve("docs/output-format.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(document);
        assertTrue(errors.isEmpty(), "schema violations: " + errors);
        assertRules(document);
    }

    /** The JSON Lines form regrouped into the document form, so one schema checks both. */
    static ObjectNode fromLines(String lines) throws IOException {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("intisari", "1");
        Map<String, ArrayNode> arrays = new HashMap<>();
        for (String kind : List.of("article", "duplicate", "story", "storyline")) {
            arrays.put(kind, doc.putArray(kind.equals("story") ? "stories" : kind + "s"));
        }
        for (String line : lines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            assertEquals("1", node.path("intisari").asText(), "every line carries the format version");
            ArrayNode target = arrays.get(node.path("type").asText());
            assertTrue(target != null, "unknown line type: " + node.path("type"));
            target.add(node);
        }
        return doc;
    }

    static void assertRules(JsonNode doc) {
        Map<String, JsonNode> articles = new HashMap<>();
        for (JsonNode a : doc.get("articles")) {
            String id = a.get("id").asText();
            assertTrue(articles.put(id, a) == null, "article id repeated: " + id);
            assertArticle(a);
        }
        Set<String> storyIds = new HashSet<>();
        for (JsonNode s : doc.get("stories")) {
            assertTrue(storyIds.add(s.get("id").asText()), "story id repeated");
            for (JsonNode id : s.get("articles")) {
                assertTrue(articles.containsKey(id.asText()), "story cites unknown article " + id);
            }
            for (JsonNode kp : s.get("key_points")) {
                JsonNode first = kp.get("citations").get(0);
                String sentence = sentenceText(articles.get(first.get("article").asText()),
                        first.get("sentence").asInt());
                assertDerivable(kp.get("text").asText(), sentence);
                for (JsonNode c : kp.get("citations")) {
                    sentenceText(articles.get(c.get("article").asText()), c.get("sentence").asInt());
                }
            }
            for (JsonNode t : s.get("timeline")) {
                for (JsonNode c : t.get("citations")) {
                    sentenceText(articles.get(c.get("article").asText()), c.get("sentence").asInt());
                }
            }
            for (JsonNode q : s.get("quotes")) {
                for (JsonNode c : q.get("citations")) {
                    JsonNode article = articles.get(c.get("article").asText());
                    assertTrue(article != null, "story quote cites unknown article " + c);
                    boolean found = false;
                    for (JsonNode aq : article.get("quotes")) {
                        found |= aq.get("id").asText().equals(c.get("quote").asText());
                    }
                    assertTrue(found, "story quote cites unknown quote " + c);
                }
            }
        }
        for (JsonNode d : doc.get("duplicates")) {
            for (JsonNode id : d.get("articles")) {
                assertTrue(articles.containsKey(id.asText()), "duplicate group cites unknown article " + id);
            }
        }
        for (JsonNode l : doc.get("storylines")) {
            for (JsonNode id : l.get("stories")) {
                assertTrue(storyIds.contains(id.asText()), "storyline cites unknown story " + id);
            }
        }
    }

    private static void assertArticle(JsonNode a) {
        String id = a.get("id").asText();
        String text = a.get("text").asText();
        int previousEnd = 0;
        int i = 0;
        for (JsonNode s : a.get("sentences")) {
            assertEquals(i++, s.get("i").asInt(), id + ": sentence indices count from 0");
            int start = s.get("start").asInt();
            int end = s.get("end").asInt();
            assertTrue(previousEnd <= start && start < end && end <= text.length(),
                    id + ": sentence spans are ordered, non-empty and inside the text: " + s);
            previousEnd = end;
        }
        for (JsonNode h : a.get("headings")) {
            assertSpan(id, text, h);
        }
        for (JsonNode e : a.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertSpan(id, text, m);
            }
        }
        Set<String> quoteIds = new HashSet<>();
        for (JsonNode q : a.get("quotes")) {
            assertTrue(quoteIds.add(q.get("id").asText()), id + ": quote id repeated");
            assertSpan(id, text, q);
            assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()),
                    id + ": quote text is its span");
            assertTrue(q.get("sentence").asInt() < a.get("sentences").size(), id + ": quote sentence exists");
        }
        for (JsonNode d : a.get("dates")) {
            assertSpan(id, text, d);
            assertEquals(d.get("text").asText(), text.substring(d.get("start").asInt(), d.get("end").asInt()),
                    id + ": date text is its span");
        }
        for (JsonNode k : a.get("key_points")) {
            assertDerivable(k.get("text").asText(), sentenceText(a, k.get("sentence").asInt()));
        }
    }

    private static void assertSpan(String id, String text, JsonNode span) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertTrue(0 <= start && start <= end && end <= text.length(), id + ": span inside the text: " + span);
    }

    static String sentenceText(JsonNode article, int i) {
        assertTrue(article != null, "citation of an unknown article");
        JsonNode sentences = article.get("sentences");
        assertTrue(i >= 0 && i < sentences.size(), article.get("id") + ": no sentence " + i);
        JsonNode s = sentences.get(i);
        return article.get("text").asText().substring(s.get("start").asInt(), s.get("end").asInt());
    }

    /** A point is its sentence with words deleted, nothing added: its words are a subsequence. */
    static void assertDerivable(String point, String sentence) {
        List<String> p = words(point);
        List<String> s = words(sentence);
        int j = 0;
        for (String w : s) {
            if (j < p.size() && p.get(j).equals(w)) {
                j++;
            }
        }
        if (j < p.size()) {
            fail("key point is not its sentence with deletions only:\n  point:    " + point
                    + "\n  sentence: " + sentence);
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
