package dev.intisari.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A publication date as the article gives it: either a calendar date ({@code 2025-03-13}) or a date-time
 * with an offset ({@code 2025-03-13T10:15:00+07:00}), and where it was found ({@code from}: jsonl, json-ld,
 * meta, time, text, url, copyright).
 */
public record Published(String value, String from) {
    /** Indonesian news without an offset is read as Western Indonesia Time. */
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    public Published {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
        if (value.length() > 10) {
            OffsetDateTime.parse(value);
        } else {
            LocalDate.parse(value);
        }
    }

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    public static Published of(OffsetDateTime time, String from) {
        return new Published(SECONDS.format(time), from);
    }

    public static Published of(LocalDate date, String from) {
        return new Published(date.toString(), from);
    }

    public boolean hasTime() {
        return value.length() > 10;
    }

    /**
     * The calendar date in the article's own offset (Jakarta time when only a date is known). Every valid
     * value opens with that date, so a plain four-digit year is read by hand; other forms go to the parser.
     */
    public LocalDate date() {
        if (value.length() >= 10 && digits(0, 4) && value.charAt(4) == '-' && digits(5, 7)
                && value.charAt(7) == '-' && digits(8, 10)) {
            return LocalDate.of(number(0, 4), number(5, 7), number(8, 10));
        }
        return hasTime() ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value);
    }

    private boolean digits(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private int number(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + value.charAt(i) - '0';
        }
        return n;
    }

    /** A sortable instant: date-only values count as midnight in Jakarta. */
    public OffsetDateTime instant() {
        return hasTime()
                ? OffsetDateTime.parse(value)
                : date().atStartOfDay(JAKARTA).toOffsetDateTime();
    }
}
