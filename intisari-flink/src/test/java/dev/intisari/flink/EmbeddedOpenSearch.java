package dev.intisari.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.HttpHost;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.client.Request;
import org.opensearch.client.RestClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** A one-node OpenSearch inside the test JVM, on a free port of 127.0.0.1, read over its REST API. */
final class EmbeddedOpenSearch implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenSearchRunner runner = new OpenSearchRunner();
    private final RestClient client;
    private final String url;

    EmbeddedOpenSearch() throws IOException {
        int port = freePort();
        String home = Files.createTempDirectory("intisari-opensearch").toString();
        runner.setMaxHttpPort(port + 10);
        runner.onBuild((number, settings) -> {
            settings.put("http.host", "127.0.0.1");
            settings.put("transport.host", "127.0.0.1");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        }).build(OpenSearchRunner.newConfigs().basePath(home).numOfNode(1).baseHttpPort(port - 1)
                .clusterName("intisari-test-" + port).disableESLogger());
        runner.ensureYellow();
        url = "http://127.0.0.1:" + port;
        client = RestClient.builder(HttpHost.create(url)).build();
    }

    String url() {
        return url;
    }

    /** The sources of all documents of {@code index}, after a refresh. */
    List<JsonNode> documents(String index) throws IOException {
        client.performRequest(new Request("POST", "/" + index + "/_refresh"));
        Request search = new Request("GET", "/" + index + "/_search");
        search.setJsonEntity("{\"size\": 10000, \"query\": {\"match_all\": {}}}");
        JsonNode hits = JSON.readTree(client.performRequest(search).getEntity().getContent()).path("hits").path("hits");
        List<JsonNode> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.path("_source")));
        return out;
    }

    /** The ids of the documents matching a match query on {@code field}. */
    List<String> match(String index, String field, String text) throws IOException {
        Request search = new Request("GET", "/" + index + "/_search");
        search.setJsonEntity(JSON.createObjectNode().set("query", JSON.createObjectNode().set("match",
                JSON.createObjectNode().put(field, text))).toString());
        JsonNode hits = JSON.readTree(client.performRequest(search).getEntity().getContent()).path("hits").path("hits");
        List<String> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.path("_id").asText()));
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
        runner.close();
        runner.clean();
    }
}
