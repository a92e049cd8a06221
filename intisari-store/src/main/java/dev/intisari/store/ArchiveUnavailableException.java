package dev.intisari.store;

import java.io.IOException;

/**
 * The archive cannot answer now (its server is down or unreachable, an index is missing): the reader should
 * try again later. The message says what is missing and where, for the operator; the server answers 503.
 */
public final class ArchiveUnavailableException extends IOException {
    public ArchiveUnavailableException(String message) {
        super(message);
    }

    public ArchiveUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
