package dev.intisari.app.opensearch;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for OpenSearch's REST API on 127.0.0.1 (the JDK's HTTP server): answers written by the test,
 * chosen by "METHOD path" prefix (the longest that matches), each request and its body recorded. Unknown
 * requests answer 500, so a test sees a query it did not expect.
 */
final class FakeOpenSearch implements AutoCloseable {
    /** One canned answer. */
    record Canned(int status, String body) {
    }

    /** A request as it arrived. */
    record Request(String method, String path, String body, String authorization) {
    }

    private final HttpServer server;
    private final Map<String, List<Canned>> answers = new LinkedHashMap<>();
    private final Map<String, Integer> served = new LinkedHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    FakeOpenSearch() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), path, body,
                    exchange.getRequestHeaders().getFirst("Authorization")));
            Canned answer = answer(exchange.getRequestMethod() + " " + path);
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(answer.status(), head || bytes.length == 0 ? -1 : bytes.length);
            if (!head && bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Answers requests starting with {@code request} ("POST /index/_search") with this answer after those
     * given before it have been served once each (the last one repeats). Single quotes stand for double ones.
     */
    synchronized FakeOpenSearch on(String request, int status, String json) {
        answers.computeIfAbsent(request, k -> new ArrayList<>()).add(new Canned(status, json.replace('\'', '"')));
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The body of the last request starting with {@code request}. */
    String last(String request) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            Request r = requests.get(i);
            if ((r.method() + " " + r.path()).startsWith(request)) {
                return r.body();
            }
        }
        throw new AssertionError("no request " + request + " in " + requests);
    }

    private synchronized Canned answer(String request) {
        String best = null;
        for (String key : answers.keySet()) {
            if (request.startsWith(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        if (best == null) {
            return new Canned(500, "{\"error\":{\"type\":\"test\",\"reason\":\"unexpected " + request + "\"}}");
        }
        List<Canned> list = answers.get(best);
        int next = served.getOrDefault(best, 0);
        served.put(best, Math.min(next + 1, list.size()));
        return list.get(Math.min(next, list.size() - 1));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
