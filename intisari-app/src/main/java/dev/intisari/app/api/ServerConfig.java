package dev.intisari.app.api;

/**
 * How the API server runs.
 *
 * @param token           bearer token for {@code POST /api/articles}; null disables ingest over HTTP
 * @param maxBodyBytes    largest request body (ingest); larger requests get 413
 * @param maxReportBytes  largest error-report body
 * @param reportsPerMinute error reports accepted per client address per minute; more get 429
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, int maxReportBytes,
                           int reportsPerMinute) {
    public static final int DEFAULT_PORT = 7070;

    public static ServerConfig defaults(String host, int port, String token) {
        return new ServerConfig(host, port, token, 10L * 1024 * 1024, 16 * 1024, 10);
    }
}
