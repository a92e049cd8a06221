package dev.intisari.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.core.report.JsonReportWriter;
import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.DateMention;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Grouping;
import dev.intisari.model.KeyPoint;
import dev.intisari.model.Published;
import dev.intisari.model.Quote;
import dev.intisari.model.RemovalKind;
import dev.intisari.model.RemovedLine;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.Story;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Articles and stories as the output contract's JSON, written by {@link JsonReportWriter} (one object per
 * line form) so the store and the API use the contract's field names; and articles read back into records
 * so the corpus stages can regroup what is stored without analysing it again.
 */
public final class ContractJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractJson() {
    }

    public static String article(Article article) {
        return write(w -> {
            try {
                w.article(article);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    public static String story(Story story) {
        return write(w -> {
            try {
                w.grouping(new Grouping(List.of(), List.of(story), List.of()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private static String write(Function<JsonReportWriter, Void> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonReportWriter writer = new JsonReportWriter(out, true)) {
            body.apply(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    /** Reads an article written by {@link #article}. */
    public static Article readArticle(String json) {
        JsonNode a;
        try {
            a = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String published = text(a, "published");
        JsonNode credits = a.path("credits");
        return new Article(text(a, "id"), text(a, "source"), text(a, "outlet"), text(a, "url"), text(a, "title"),
                published == null ? null : new Published(published, String.valueOf(text(a, "published_from"))),
                text(a, "language"), strings(a.path("flags")), text(a, "text"),
                list(a.path("headings"), ContractJson::span),
                list(a.path("removed"), r -> new RemovedLine(text(r, "text"), kind(text(r, "kind")),
                        r.path("line").asInt())),
                new Credits(strings(credits.path("author")), strings(credits.path("editor")),
                        strings(credits.path("translator"))),
                strings(a.path("wire")), strings(a.path("related")),
                list(a.path("sentences"), s -> new Sentence(s.path("i").asInt(), span(s))),
                list(a.path("entities"), e -> new Entity(text(e, "id"), text(e, "name"),
                        EntityType.valueOf(text(e, "type")), list(e.path("mentions"), ContractJson::span))),
                list(a.path("quotes"), q -> new Quote(text(q, "id"), text(q, "speaker"), text(q, "speaker_entity"),
                        text(q, "text"), span(q), q.path("direct").asBoolean(), text(q, "cue"),
                        q.path("sentence").asInt(), text(q, "addressee"), text(q, "place"))),
                list(a.path("dates"), d -> new DateMention(text(d, "text"), span(d), text(d, "value"))),
                list(a.path("key_points"), k -> new KeyPoint(text(k, "id"), text(k, "text"),
                        k.path("sentence").asInt())));
    }

    private static RemovalKind kind(String label) {
        return RemovalKind.valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static Span span(JsonNode n) {
        return new Span(n.path("start").asInt(), n.path("end").asInt());
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>(array.size());
        for (JsonNode n : array) {
            out.add(item.apply(n));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        return list(array, JsonNode::asText);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
