package dev.intisari.app;

import java.io.PrintStream;

/**
 * Progress on standard error, only when it is a terminal and the run takes more than a moment: a line
 * rewritten in place, cleared before any other message.
 */
final class Progress {
    private static final long QUIET_MILLIS = 1_000;

    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.currentTimeMillis();
    private long lastPrint;
    private boolean shown;

    Progress(PrintStream err) {
        this.err = err;
        this.terminal = System.console() != null;
    }

    void update(int articles) {
        long now = System.currentTimeMillis();
        if (!terminal || now - started < QUIET_MILLIS || now - lastPrint < 200) {
            return;
        }
        lastPrint = now;
        shown = true;
        err.printf("\rintisari: %,d articles analysed (%.0f/s)", articles,
                articles * 1000.0 / Math.max(1, now - started));
    }

    void clear() {
        if (shown) {
            err.print("\r\033[K");
            shown = false;
        }
    }

    void done(int articles) {
        if (shown) {
            clear();
            err.printf("intisari: %,d articles analysed in %.1f s%n", articles,
                    (System.currentTimeMillis() - started) / 1000.0);
        }
    }
}
