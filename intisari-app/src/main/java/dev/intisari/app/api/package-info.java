/**
 * The REST API over a {@link dev.intisari.store.Store} (Javalin): stories, articles, search, entities, error
 * reports and token-protected ingest. Responses use the output contract's field names; errors are JSON
 * {@code {"error": {"status", "message"}}}. Documented in docs/api.md and docs/openapi.yaml.
 */
package dev.intisari.app.api;
