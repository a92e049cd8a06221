package dev.intisari.flink;

import org.apache.http.HttpHost;
import org.opensearch.client.Request;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Creates the article and story indices when they do not exist yet, with the mappings in
 * {@code articles-index.json} and {@code stories-index.json}: text fields through OpenSearch's built-in
 * {@code indonesian} analyzer, ids, outlets, entity names and speakers as keywords. Run once by the job's
 * entry point before it starts; an index that exists is left as it is.
 */
public final class IndexSetup {
    private IndexSetup() {
    }

    public static void ensure(List<String> hosts, String articleIndex, String storyIndex) throws IOException {
        try (RestClient client = RestClient.builder(hosts(hosts)).build()) {
            create(client, articleIndex, mapping("articles-index.json"));
            create(client, storyIndex, mapping("stories-index.json"));
            create(client, aliasIndex(storyIndex), mapping("aliases-index.json"));
        }
    }

    /**
     * Where a story merged into another is recorded (document id: the merged story; {@code into}: the story
     * that absorbed it), so its old id, links and error reports still lead to the story: the story index's
     * name with "-aliases" appended (the name {@code serve --opensearch} reads).
     */
    public static String aliasIndex(String storyIndex) {
        return storyIndex + "-aliases";
    }

    static HttpHost[] hosts(List<String> hosts) {
        return hosts.stream().map(HttpHost::create).toArray(HttpHost[]::new);
    }

    private static void create(RestClient client, String index, String body) throws IOException {
        if (client.performRequest(new Request("HEAD", "/" + index)).getStatusLine().getStatusCode() == 200) {
            return;
        }
        Request put = new Request("PUT", "/" + index);
        put.setJsonEntity(body);
        try {
            client.performRequest(put);
        } catch (ResponseException e) {
            if (!e.getMessage().contains("resource_already_exists_exception")) {
                throw e;
            }
        }
    }

    private static String mapping(String name) {
        try (InputStream in = IndexSetup.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
