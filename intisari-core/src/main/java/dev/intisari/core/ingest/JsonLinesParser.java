package dev.intisari.core.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.model.InputProblem;
import dev.intisari.model.Published;
import dev.intisari.model.RawArticle;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * One line of the JSON Lines input format: an object with {@code text} or {@code html} (required) and the
 * optional fields {@code id}, {@code url}, {@code outlet}, {@code title}, {@code published} (ISO-8601 date
 * or date-time; without an offset it is Asia/Jakarta time) and {@code language}. Unknown fields are ignored.
 * Public so that a stream runner (one message, one line) reads exactly what the file readers read.
 */
public final class JsonLinesParser {
    private static final int TEXT = 0;
    private static final int HTML = 1;
    private static final int URL = 2;
    private static final int ID = 3;
    private static final int PUBLISHED = 4;
    private static final int OUTLET = 5;
    private static final int TITLE = 6;
    private static final int LANGUAGE = 7;
    /** The fields read, by their place in the array {@link #parse} reads them from. */
    private static final Map<String, Integer> NAMES = Map.of("text", TEXT, "html", HTML, "url", URL, "id", ID,
            "published", PUBLISHED, "outlet", OUTLET, "title", TITLE, "language", LANGUAGE);
    private final ObjectMapper json = new ObjectMapper();

    public JsonLinesParser() {
    }

    /**
     * Parses one non-blank line. {@code fallbackId} is used when the line has neither id nor url.
     * Returns the article, or reports to {@code listener} why the line is rejected and returns empty.
     */
    public Optional<RawArticle> parse(String line, String source, int lineNumber, String fallbackId,
                               IngestListener listener) {
        String[] fields = streamed(line);
        if (fields == null) {
            fields = fromTree(line, source, lineNumber, listener);
            if (fields == null) {
                return Optional.empty();
            }
        }
        String text = fields[TEXT];
        String html = fields[HTML];
        if (isBlank(text) && isBlank(html)) {
            listener.problem(InputProblem.error(source, lineNumber, "the article has neither \"text\" nor \"html\""));
            return Optional.empty();
        }
        String url = fields[URL];
        String id = fields[ID];
        if (isBlank(id)) {
            id = !isBlank(url) ? url : fallbackId;
        }
        Published published = null;
        String date = fields[PUBLISHED];
        if (!isBlank(date)) {
            published = publishedOf(date.strip());
            if (published == null) {
                listener.problem(InputProblem.warning(source, lineNumber,
                        "\"published\" is not an ISO-8601 date or date-time: '" + date + "'; ignored"));
            }
        }
        return Optional.of(new RawArticle(id, source + ":" + lineNumber, url, fields[OUTLET],
                fields[TITLE], published, fields[LANGUAGE],
                isBlank(text) ? null : text, isBlank(html) ? null : html));
    }

    /**
     * The fields of a line that is one object whose read fields are strings, nulls or containers, each at most
     * once, read token by token without building a tree; null for anything else (not JSON, another value, a
     * number or boolean where a field is read, a field twice, anything after the object), which
     * {@link #fromTree} then reads as before, problems included. Both read a container as absent.
     */
    private String[] streamed(String line) {
        String[] fields = new String[NAMES.size()];
        boolean[] seen = new boolean[NAMES.size()];
        try (JsonParser p = json.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    return null;
                }
                Integer field = NAMES.get(p.currentName());
                JsonToken value = p.nextToken();
                if (value == null) {
                    return null;
                }
                if (field != null) {
                    if (seen[field]) {
                        return null;
                    }
                    seen[field] = true;
                    if (value == JsonToken.VALUE_STRING) {
                        fields[field] = p.getText();
                    } else if (!value.isStructStart() && value != JsonToken.VALUE_NULL) {
                        return null;
                    }
                }
                if (value.isStructStart()) {
                    p.skipChildren();
                }
            }
            return p.nextToken() == null ? fields : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The fields read through a tree, or null after reporting why the line is rejected. */
    private String[] fromTree(String line, String source, int lineNumber, IngestListener listener) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            listener.problem(InputProblem.error(source, lineNumber,
                    "not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (node == null || !node.isObject()) {
            listener.problem(InputProblem.error(source, lineNumber, "expected a JSON object per line"));
            return null;
        }
        String[] fields = new String[NAMES.size()];
        NAMES.forEach((name, field) -> fields[field] = string(node, name));
        return fields;
    }

    /** ISO-8601 date, date-time with offset, or local date-time read as Jakarta time; null when none. */
    static Published publishedOf(String value) {
        String v = value.length() > 10 && value.charAt(10) == ' ' ? value.substring(0, 10) + 'T' + value.substring(11)
                : value;
        try {
            if (v.length() == 10) {
                return Published.of(LocalDate.parse(v), "jsonl");
            }
            try {
                return Published.of(OffsetDateTime.parse(v), "jsonl");
            } catch (DateTimeException e) {
                return Published.of(LocalDateTime.parse(v).atZone(Published.JAKARTA).toOffsetDateTime(), "jsonl");
            }
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return value.asText();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
