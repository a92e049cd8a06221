package dev.intisari.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedTest {

    /** The hand-read date must be the date the parser gives, for every form a valid value can take. */
    @ParameterizedTest
    @ValueSource(strings = {"2025-03-13", "2024-02-29", "0999-12-31", "2025-03-13T10:15:00+07:00",
        "2025-03-13T23:59:59Z", "2025-03-13t01:00+09:00", "2025-01-01T00:00:00.123456-05:00",
        "+12025-03-13T10:15:00+07:00", "2025-12-31T23:30:00-12:00"})
    void dateIsTheParsersDate(String value) {
        LocalDate parsed = value.length() > 10 ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value);
        assertEquals(parsed, new Published(value, "jsonl").date());
    }

    /** The hand-read instant must be the parser's, offset included, for every date-time form a valid value can take. */
    @ParameterizedTest
    @ValueSource(strings = {"2025-03-13T10:15:00+07:00", "2025-03-13T23:59:59Z", "2025-03-13T00:00:00+00:00",
        "2024-02-29T12:30:45+09:30", "2025-03-13T10:15:00+14:00", "2025-03-13t01:00+09:00",
        "2025-01-01T00:00:00.123456-05:00", "2025-12-31T23:30:00-12:00", "2025-06-01T08:00:00-00:00"})
    void instantIsTheParsersInstant(String value) {
        OffsetDateTime parsed = OffsetDateTime.parse(value);
        OffsetDateTime read = new Published(value, "jsonl").instant();
        assertEquals(parsed, read);
        assertEquals(parsed.getOffset(), read.getOffset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "2025-13-01", "13-03-2025", "2025-03-13T25:00:00+07:00", "kemarin", "",
        "2025-02-29T10:00:00+07:00", "2025-03-13T10:60:00+07:00", "2025-03-13T10:15:60+07:00",
        "2025-03-13T10:15:00+19:00", "2025-03-13T10:15:00+07:60", "2025-00-10", "2025-03-00", "2025-3-13",
        "2025-03-13 10:15:00+07:00", "2025-03-1a", "2025-03-13T24:00:00Z", "2025-02-30T10:00:00Z"})
    void invalidValuesAreRefused(String value) {
        assertThrows(DateTimeParseException.class, () -> new Published(value, "text"));
    }

    /** Every value the hand check accepts, the parsers accept too, with the same date (random valid and invalid values). */
    @org.junit.jupiter.api.Test
    void theHandCheckAgreesWithTheParsers() {
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 20000; n++) {
            int form = random.nextInt(3);
            String value = form == 0
                    ? String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", 1990 + random.nextInt(60), random.nextInt(14),
                            random.nextInt(33))
                    : form == 1
                    ? String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d+%02d:%02d", 1990 + random.nextInt(60),
                            random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62),
                            random.nextInt(62), random.nextInt(20), random.nextInt(62))
                    : String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02dZ", 1990 + random.nextInt(60),
                            random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62),
                            random.nextInt(62));
            boolean parsed;
            try {
                if (value.length() > 10) {
                    OffsetDateTime.parse(value);
                } else {
                    LocalDate.parse(value);
                }
                parsed = true;
            } catch (DateTimeParseException e) {
                parsed = false;
            }
            boolean accepted;
            try {
                new Published(value, "jsonl");
                accepted = true;
            } catch (DateTimeParseException e) {
                accepted = false;
            }
            assertEquals(parsed, accepted, value);
            if (accepted && value.length() > 10) {
                assertEquals(OffsetDateTime.parse(value), new Published(value, "jsonl").instant(), value);
            }
        }
    }
}
