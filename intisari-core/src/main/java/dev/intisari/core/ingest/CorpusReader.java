package dev.intisari.core.ingest;

import java.util.List;

/**
 * Reads the arguments of a command ({@code PATH...}, {@code -} for standard input) into articles.
 * Files are read by extension ({@code .txt}, {@code .html}, {@code .htm}, {@code .jsonl}); directories
 * recursively in sorted order, hidden files skipped.
 */
public interface CorpusReader {
    void read(List<String> arguments, IngestListener listener);
}
