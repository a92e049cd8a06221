package dev.intisari.model;

import java.util.Objects;

/**
 * A statement and who made it.
 *
 * @param id            derived from the article id and span, stable for the same input
 * @param speaker       canonical name of the speaker, or null when it cannot be determined
 * @param speakerEntity id of the speaker's entity in the same article, or null
 * @param span          the statement's text, quotation marks excluded
 * @param direct        true for a quotation in quotation marks, false for reported speech
 * @param cue           the attribution verb as written ("ujar", "mengatakan", "tegasnya"), or null
 * @param sentence      index of the sentence the statement starts in
 * @param addressee     to whom it was said ("ABC News"), or null
 * @param place         where it was said ("Vladivostok"), or null
 */
public record Quote(String id, String speaker, String speakerEntity, String text, Span span, boolean direct,
                    String cue, int sentence, String addressee, String place) {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
