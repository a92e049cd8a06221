package dev.intisari.model;

import java.util.Objects;

/**
 * Something wrong with the input, reported as one line naming the file (and line) while the rest of the
 * input is still processed. An error makes the run's exit code non-zero; a warning does not.
 *
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 */
public record InputProblem(String source, int line, Severity severity, String message) {
    public enum Severity { WARNING, ERROR }

    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static InputProblem error(String source, int line, String message) {
        return new InputProblem(source, line, Severity.ERROR, message);
    }

    public static InputProblem warning(String source, int line, String message) {
        return new InputProblem(source, line, Severity.WARNING, message);
    }

    /** {@code intisari: error: seeds/a.jsonl:12: not valid JSON: ...} */
    public String describe() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + source
                + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
