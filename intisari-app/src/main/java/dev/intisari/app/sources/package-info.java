/**
 * Inputs beyond files: RSS/Atom feeds fetched over HTTP (Rome), each entry's page fetched and handed to the
 * pipeline as HTML; WARC archives (jwarc), each HTML response an article. {@link
 * dev.intisari.app.sources.SourceReader} dispatches an argument to them or to the file reader.
 */
package dev.intisari.app.sources;
