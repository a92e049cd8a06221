package dev.intisari.core.quote;

import java.util.function.Supplier;

/**
 * A speaker read on the first request: an article's person mentions and title bindings are many, and the
 * pronoun and role questions that return one of them are few. The reading must not depend on when it happens
 * (it reads the article's names, fixed before any mention is added).
 */
final class LazySpeaker {
    private Supplier<Speaker> source;
    private Speaker speaker;

    LazySpeaker(Supplier<Speaker> source) {
        this.source = source;
    }

    Speaker get() {
        if (source != null) {
            speaker = source.get();
            source = null;
        }
        return speaker;
    }
}
