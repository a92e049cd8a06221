package dev.intisari.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
        if (!plainForm(value)) {
            if (value.length() > 10) {
                OffsetDateTime.parse(value);
            } else {
                LocalDate.parse(value);
            }
        }
    }

    /** Where the numbers of the two forms the project writes lie: year, month, day, then hour, minute, second, offset. */
    private static final int[] DATE_FIELDS = {0, 4, 5, 7, 8, 10};
    private static final int[] DATE_TIME_FIELDS = {0, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25};
    /** The same for a UTC time written with {@code Z} ({@code 2025-03-13T03:15:00Z}), as {@link #of} writes it. */
    private static final int[] UTC_FIELDS = {0, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19};

    /**
     * True for a valid value in the forms this project writes ({@code 2025-03-13},
     * {@code 2025-03-13T10:15:00+07:00} and {@code 2025-03-13T03:15:00Z}), checked by hand; any other value is left to the parsers, which accept
     * or refuse it with their own message.
     */
    private static boolean plainForm(String v) {
        boolean utc = v.length() == 20 && v.charAt(19) == 'Z';
        if (!(v.length() == 10 || (v.length() == 25 && v.charAt(19) == '+' && v.charAt(22) == ':' || utc)
                && v.charAt(10) == 'T' && v.charAt(13) == ':' && v.charAt(16) == ':')
                || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return false;
        }
        int[] at = v.length() == 10 ? DATE_FIELDS : utc ? UTC_FIELDS : DATE_TIME_FIELDS;
        int[] n = new int[at.length / 2];
        for (int k = 0; k < n.length; k++) {
            n[k] = number(v, at[2 * k], at[2 * k + 1]);
            if (n[k] < 0) {
                return false;
            }
        }
        try {
            LocalDate.of(n[0], n[1], n[2]);
        } catch (java.time.DateTimeException e) {
            return false;
        }
        return n.length == 3 || n[3] < 24 && n[4] < 60 && n[5] < 60 && (utc || n[6] < 18 && n[7] < 60);
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
        if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = number(value, 0, 4);
            int month = number(value, 5, 7);
            int day = number(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return hasTime() ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value);
    }

    /** The decimal number written at v[from, to), or -1 when a character there is no digit. */
    private static int number(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + c - '0';
        }
        return n;
    }

    /**
     * A sortable instant: date-only values count as midnight in Jakarta. The two date-time forms this project
     * writes are read by hand (grouping asks for the instant of every article several times); others go to the
     * parser.
     */
    public OffsetDateTime instant() {
        if (!hasTime()) {
            return date().atStartOfDay(JAKARTA).toOffsetDateTime();
        }
        OffsetDateTime plain = plainInstant();
        return plain != null ? plain : OffsetDateTime.parse(value);
    }

    /** The instant of a value in the form {@code 2025-03-13T10:15:00+07:00} or {@code 2025-03-13T03:15:00Z}, else null. */
    private OffsetDateTime plainInstant() {
        String v = value;
        boolean utc = v.length() == 20 && v.charAt(19) == 'Z';
        if (!(utc || v.length() == 25 && v.charAt(19) == '+' && v.charAt(22) == ':') || v.charAt(4) != '-'
                || v.charAt(7) != '-' || v.charAt(10) != 'T' || v.charAt(13) != ':' || v.charAt(16) != ':') {
            return null;
        }
        int[] at = utc ? UTC_FIELDS : DATE_TIME_FIELDS;
        int[] n = new int[at.length / 2];
        for (int k = 0; k < n.length; k++) {
            n[k] = number(v, at[2 * k], at[2 * k + 1]);
            if (n[k] < 0) {
                return null;
            }
        }
        // the constructor accepted the value, so the fields are a valid date, time and offset
        ZoneOffset offset = utc ? ZoneOffset.UTC : ZoneOffset.ofHoursMinutes(n[6], n[7]);
        return OffsetDateTime.of(n[0], n[1], n[2], n[3], n[4], n[5], 0, offset);
    }
}
