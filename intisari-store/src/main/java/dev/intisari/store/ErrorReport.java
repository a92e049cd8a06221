package dev.intisari.store;

/** A reader's report that a key point of a story is wrong. {@code id} is 0 before it is stored. */
public record ErrorReport(long id, String story, String keyPoint, String reason, String comment, String created) {
}
