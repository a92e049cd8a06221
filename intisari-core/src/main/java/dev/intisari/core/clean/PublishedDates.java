package dev.intisari.core.clean;

import dev.intisari.model.Published;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads machine dates from markup ("2025-09-05T10:15:00+07:00", "2025-09-05 10:15:00") and from URLs. */
final class PublishedDates {
    private static final Pattern ISO = Pattern.compile(
            "\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?.*");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|[^0-9]|$)");
    private static final Pattern URL_DATE_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])/");

    private PublishedDates() {
    }

    /** An ISO-like date or date-time; without an offset a time is read as Jakarta time. */
    static Optional<Published> iso(String value, String from) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(Published.of(date, from));
            }
            LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            OffsetDateTime at;
            if (m.group(7) == null) {
                at = time.atZone(Published.JAKARTA).toOffsetDateTime();
            } else {
                String zone = m.group(7).equals("Z") ? "+00:00" : m.group(7);
                at = time.atOffset(ZoneOffset.of(zone));
            }
            return Optional.of(Published.of(at, from));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A date in a URL path (/2025/09/05/, /20250905/), or empty. */
    static Optional<Published> url(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            m = URL_DATE_COMPACT.matcher(url);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Published.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))), "url"));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
