package dev.intisari.core.clean;

import dev.intisari.model.Published;
import dev.intisari.model.RemovalKind;

import java.util.List;

/**
 * What one input line is. {@code kind} is set for removed lines; the payload fields carry what a removed
 * line tells about the article.
 *
 * @param headline a related headline, or null
 * @param wire     agencies named by a source line
 * @param credits  role and name pairs from a credit line ("editor", "M Razi Rahman")
 * @param published a date written in the page, or null
 */
record Verdict(Role role, RemovalKind kind, String headline, List<String> wire, List<String[]> credits,
               Published published) {
    enum Role { BLANK, BODY, HEADING, TITLE, REMOVED, RELATED_LABEL }

    static final Verdict BLANK = new Verdict(Role.BLANK, null, null, List.of(), List.of(), null);
    static final Verdict BODY = new Verdict(Role.BODY, null, null, List.of(), List.of(), null);
    static final Verdict HEADING = new Verdict(Role.HEADING, null, null, List.of(), List.of(), null);
    static final Verdict TITLE = new Verdict(Role.TITLE, null, null, List.of(), List.of(), null);

    static Verdict removed(RemovalKind kind) {
        return new Verdict(Role.REMOVED, kind, null, List.of(), List.of(), null);
    }

    static Verdict related(String headline) {
        return new Verdict(Role.REMOVED, RemovalKind.RELATED, headline, List.of(), List.of(), null);
    }

    boolean isBody() {
        return role == Role.BODY || role == Role.HEADING;
    }
}
