package dev.intisari.core.time;

import dev.intisari.model.Published;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date written as a page line: "07 April 2024 18:30", "Senin, 12 Mei 2025 10:15 WIB",
 * "Kamis, 13 Maret 2025", "Selasa, 21 Okt 2025 | 09.00 WITA", "12/05/2025 10:15", "2025-05-12 10:15".
 * WIB is +07:00, WITA +08:00, WIT +09:00; a time without a zone is WIB. The whole line must be the date
 * (an optional weekday, the date, an optional time and zone, separators). Month names come from the date
 * tagger's word list (months.tsv).
 */
public final class PageDateParser {
    private static final String WEEKDAY = "(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\\s*,?\\s*)?";
    private static final String TIME = "(?:\\s*[,|\\-\u2013/]?\\s*(?:pukul\\s+|jam\\s+)?(\\d{1,2})[:.](\\d{2})(?:[:.]\\d{2})?"
            + "\\s*(wib|wita|wit)?)?\\s*$";
    private static final Pattern NAMED = Pattern.compile(
            "(?iu)^\\s*" + WEEKDAY + "(\\d{1,2})\\s+([a-z]+)\\.?\\s+(\\d{4})" + TIME);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?iu)^\\s*" + WEEKDAY + "(\\d{1,2})[/\\-.](\\d{1,2})[/\\-.](\\d{4})" + TIME);
    private static final Pattern ISO = Pattern.compile(
            "(?iu)^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::\\d{2})?\\s*(wib|wita|wit)?)?\\s*$");

    private PageDateParser() {
    }

    /** Month number for an Indonesian (or English) month name or abbreviation, any case; 0 when it is none. */
    public static int month(String name) {
        return DateLexicon.STANDARD.month(name.toLowerCase(Locale.ROOT));
    }

    /** The publication date of a page date line, recorded as found in {@code from}; empty when the line is none. */
    public static Optional<Published> parse(String line, String from) {
        if (line == null || line.length() > 120) {
            return Optional.empty();
        }
        Matcher m = NAMED.matcher(line);
        if (m.matches()) {
            return build(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), m, 4, from);
        }
        m = NUMERIC.matcher(line);
        if (m.matches()) {
            return build(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), m, 4, from);
        }
        m = ISO.matcher(line);
        if (m.matches()) {
            return build(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m, 4, from);
        }
        return Optional.empty();
    }

    /** Groups {@code t}, {@code t+1}, {@code t+2} of {@code m} are hour, minute and zone. */
    private static Optional<Published> build(int year, int month, int day, Matcher m, int t, String from) {
        LocalDate date = CalendarResolver.date(year, month, day);
        if (date == null || year < 1900 || year > 2200) {
            return Optional.empty();
        }
        if (m.group(t) == null) {
            return Optional.of(Published.of(date, from));
        }
        int hour = Integer.parseInt(m.group(t));
        int minute = Integer.parseInt(m.group(t + 1));
        if (hour > 23 || minute > 59) {
            return Optional.of(Published.of(date, from));
        }
        ZoneOffset offset = switch (m.group(t + 2) == null ? "wib" : m.group(t + 2).toLowerCase(Locale.ROOT)) {
            case "wita" -> ZoneOffset.ofHours(8);
            case "wit" -> ZoneOffset.ofHours(9);
            default -> ZoneOffset.ofHours(7);
        };
        return Optional.of(Published.of(LocalDateTime.of(date, java.time.LocalTime.of(hour, minute)).atOffset(offset), from));
    }
}
