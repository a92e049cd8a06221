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

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "2025-13-01", "13-03-2025", "2025-03-13T25:00:00+07:00", "kemarin", ""})
    void invalidValuesAreRefused(String value) {
        assertThrows(DateTimeParseException.class, () -> new Published(value, "text"));
    }
}
