package dev.intisari.app.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.store.ArchiveUnavailableException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * OpenSearch's REST API over {@code java.net.http}: one JSON request, one JSON answer. A server that cannot be
 * reached, answers 5xx or says an index does not exist becomes an {@link ArchiveUnavailableException} naming
 * the server and the index; other answers are returned with their status for the caller to read.
 * Credentials may be given in the address ({@code https://user:password@host:9200}): sent as basic auth.
 */
final class OpenSearchClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration REQUEST = Duration.ofSeconds(30);

    /** An answer: its HTTP status and JSON body ({@code null} for an empty body). */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }

        /** The {@code error.type} of an error answer, or "". */
        String errorType() {
            return body == null ? "" : body.path("error").path("type").asText("");
        }

        /** The {@code error.reason} of an error answer, or the status. */
        String reason() {
            String reason = body == null ? "" : body.path("error").path("reason").asText("");
            return reason.isEmpty() ? "HTTP " + status : reason;
        }
    }

    private final URI base;
    private final String shown;
    private final String authorization;
    private final HttpClient http;

    OpenSearchClient(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an OpenSearch address: " + url);
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
            throw new IllegalArgumentException("not an OpenSearch address (http://host:9200): " + url);
        }
        String user = uri.getRawUserInfo();
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                java.net.URLDecoder.decode(user, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        this.base = URI.create(uri.getScheme() + "://" + uri.getRawAuthority().replaceFirst("^.*@", "") + path);
        this.shown = base.toString();
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT).build();
    }

    /** The server's address, without credentials: for messages. */
    String address() {
        return shown;
    }

    /** A path segment (index name, document id) percent-encoded. */
    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    Answer get(String path) throws IOException {
        return send("GET", path, null, false);
    }

    Answer post(String path, JsonNode body) throws IOException {
        return send("POST", path, body, false);
    }

    /**
     * Sends one request. A missing index ({@code index_not_found_exception}) throws
     * {@link ArchiveUnavailableException} unless {@code missingIndexAnswers}, when its 404 answer is returned
     * (an index this server creates on first use); 5xx, 401/403 answers and unreachable servers always throw.
     */
    Answer send(String method, String path, JsonNode body, boolean missingIndexAnswers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(shown + path)).timeout(REQUEST)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArchiveUnavailableException("interrupted while asking OpenSearch at " + shown, e);
        } catch (IOException e) {
            throw new ArchiveUnavailableException("OpenSearch at " + shown + " cannot be reached ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
        JsonNode json = null;
        byte[] bytes = response.body();
        if (bytes.length > 0) {
            try {
                json = JSON.readTree(bytes);
            } catch (IOException e) {
                throw new ArchiveUnavailableException("OpenSearch at " + shown + " answered " + method + " " + path
                        + " with HTTP " + response.statusCode() + " and a body that is not JSON", e);
            }
        }
        Answer answer = new Answer(response.statusCode(), json);
        if (answer.status() >= 500) {
            throw new ArchiveUnavailableException("OpenSearch at " + shown + " failed on " + method + " " + path
                    + ": " + answer.reason());
        }
        if (answer.status() == 401 || answer.status() == 403) {
            throw new ArchiveUnavailableException("OpenSearch at " + shown + " refused " + method + " " + path
                    + " (HTTP " + answer.status() + "; credentials go in the address: https://user:password@host)");
        }
        if (answer.status() == 404 && answer.errorType().equals("index_not_found_exception") && !missingIndexAnswers) {
            throw new ArchiveUnavailableException("OpenSearch at " + shown + " has no index "
                    + answer.body().path("error").path("index").asText("?"));
        }
        return answer;
    }
}
