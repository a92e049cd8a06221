package dev.intisari.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.model.InputProblem;
import dev.intisari.model.Published;
import dev.intisari.model.RawArticle;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One line of the JSON Lines input format: an object with {@code text} or {@code html} (required) and the
 * optional fields {@code id}, {@code url}, {@code outlet}, {@code title}, {@code published} (ISO-8601 date
 * or date-time; without an offset it is Asia/Jakarta time) and {@code language}. Unknown fields are ignored.
 * Public so that a stream runner (one message, one line) reads exactly what the file readers read.
 */
public final class JsonLinesParser {
    private final ObjectMapper json = new ObjectMapper();

    public JsonLinesParser() {
    }

    /**
     * Parses one non-blank line. {@code fallbackId} is used when the line has neither id nor url.
     * Returns the article, or reports to {@code listener} why the line is rejected and returns empty.
     */
    public Optional<RawArticle> parse(String line, String source, int lineNumber, String fallbackId,
                               IngestListener listener) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            listener.problem(InputProblem.error(source, lineNumber,
                    "not valid JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            listener.problem(InputProblem.error(source, lineNumber, "expected a JSON object per line"));
            return Optional.empty();
        }
        String text = string(node, "text");
        String html = string(node, "html");
        if (isBlank(text) && isBlank(html)) {
            listener.problem(InputProblem.error(source, lineNumber, "the article has neither \"text\" nor \"html\""));
            return Optional.empty();
        }
        String url = string(node, "url");
        String id = string(node, "id");
        if (isBlank(id)) {
            id = !isBlank(url) ? url : fallbackId;
        }
        Published published = null;
        String date = string(node, "published");
        if (!isBlank(date)) {
            published = publishedOf(date.strip());
            if (published == null) {
                listener.problem(InputProblem.warning(source, lineNumber,
                        "\"published\" is not an ISO-8601 date or date-time: '" + date + "'; ignored"));
            }
        }
        return Optional.of(new RawArticle(id, source + ":" + lineNumber, url, string(node, "outlet"),
                string(node, "title"), published, string(node, "language"),
                isBlank(text) ? null : text, isBlank(html) ? null : html));
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
