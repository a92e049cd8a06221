/**
 * {@code serve --opensearch}: the REST API and web pages over the Flink job's OpenSearch indices
 * (docs/scale-out.md). {@link dev.intisari.app.opensearch.OpenSearchArchive} implements the read side
 * ({@link dev.intisari.store.NewsArchive}) with OpenSearch's REST API over {@code java.net.http} and Jackson:
 * no OpenSearch library enters the product jar. {@link dev.intisari.app.opensearch.IndexQueries} builds the
 * query bodies, {@link dev.intisari.app.opensearch.ReportIndex} keeps the readers' error reports in an index
 * of their own.
 */
package dev.intisari.app.opensearch;
