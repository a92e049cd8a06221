package dev.intisari.app.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.store.ArchiveUnavailableException;
import dev.intisari.store.ErrorReport;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.intisari.app.opensearch.OpenSearchClient.JSON;
import static dev.intisari.app.opensearch.OpenSearchClient.segment;

/**
 * Readers' error reports on key points, kept in an OpenSearch index of their own (default
 * {@code intisari-reports}, one shard), created at the first report. A report's id is the next number after
 * the highest stored one, claimed with {@code _create} (a concurrent claim of the same number gets 409 and
 * tries the next), so ids count up as the store's do; each write waits for the refresh, so the report is
 * counted by the next read. Until the first report the index does not exist and every story has none.
 */
final class ReportIndex {
    private static final int MAX_CLAIMS = 50;
    /** Reports of one story returned at most (the store returns all). */
    static final int MAX_REPORTS = 10_000;

    private final OpenSearchClient client;
    private final String index;

    ReportIndex(OpenSearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    ErrorReport add(ErrorReport report, String client) throws IOException {
        ensureIndex();
        ObjectNode doc = JSON.createObjectNode();
        doc.put("story", report.story());
        doc.put("key_point", report.keyPoint());
        doc.put("reason", report.reason());
        doc.put("comment", report.comment());
        doc.put("client", client);
        doc.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        long id = highestId() + 1;
        for (int attempt = 0; attempt < MAX_CLAIMS; attempt++, id++) {
            doc.put("id", id);
            OpenSearchClient.Answer a = this.client.send("PUT", "/" + segment(index) + "/_create/" + id
                    + "?refresh=wait_for", doc, false);
            if (a.ok()) {
                return report(doc);
            }
            if (a.status() != 409) {
                throw new IOException("OpenSearch refused the report: " + a.reason());
            }
        }
        throw new ArchiveUnavailableException("could not claim a report id in " + index + " after " + MAX_CLAIMS
                + " tries");
    }

    List<ErrorReport> of(String story) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", MAX_REPORTS);
        body.set("query", IndexQueries.term("story", story));
        body.putArray("sort").addObject().put("id", "asc");
        OpenSearchClient.Answer a = search(body);
        List<ErrorReport> out = new ArrayList<>();
        if (a != null) {
            for (JsonNode hit : a.body().path("hits").path("hits")) {
                out.add(report(hit.path("_source")));
            }
        }
        return out;
    }

    Map<String, Integer> counts(String story) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.set("query", IndexQueries.term("story", story));
        body.putObject("aggs").putObject("key_points").putObject("terms").put("field", "key_point")
                .put("size", MAX_REPORTS);
        OpenSearchClient.Answer a = search(body);
        Map<String, Integer> out = new HashMap<>();
        if (a != null) {
            for (JsonNode b : a.body().path("aggregations").path("key_points").path("buckets")) {
                out.put(b.path("key").asText(), b.path("doc_count").asInt());
            }
        }
        return out;
    }

    /** The answer of a search on the index, or null when it does not exist yet (no report was filed). */
    private OpenSearchClient.Answer search(ObjectNode body) throws IOException {
        OpenSearchClient.Answer a = client.send("POST", "/" + segment(index) + "/_search", body, true);
        if (a.status() == 404) {
            return null;
        }
        if (!a.ok()) {
            throw new IOException("OpenSearch refused a search of " + index + ": " + a.reason());
        }
        return a;
    }

    private long highestId() throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("aggs").putObject("highest").putObject("max").put("field", "id");
        OpenSearchClient.Answer a = search(body);
        JsonNode value = a == null ? null : a.body().path("aggregations").path("highest").path("value");
        return value == null || !value.isNumber() ? 0 : value.asLong();
    }

    private void ensureIndex() throws IOException {
        if (client.send("HEAD", "/" + segment(index), null, true).ok()) {
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.putObject("settings").put("number_of_shards", 1).put("auto_expand_replicas", "0-1");
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", false);
        ObjectNode p = mappings.putObject("properties");
        p.putObject("id").put("type", "long");
        for (String keyword : new String[] {"story", "key_point", "reason", "client"}) {
            p.putObject(keyword).put("type", "keyword");
        }
        p.putObject("comment").put("type", "text").put("index", false);
        p.putObject("created").put("type", "date");
        OpenSearchClient.Answer a = client.send("PUT", "/" + segment(index), body, true);
        if (!a.ok() && !a.errorType().equals("resource_already_exists_exception")) {
            throw new IOException("OpenSearch did not create the report index " + index + ": " + a.reason());
        }
    }

    private static ErrorReport report(JsonNode d) {
        return new ErrorReport(d.path("id").asLong(), d.path("story").asText(), d.path("key_point").asText(),
                d.path("reason").asText(), d.path("comment").isTextual() ? d.path("comment").asText() : null,
                d.path("created").asText());
    }
}
