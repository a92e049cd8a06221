package dev.intisari.core.time;

import dev.intisari.model.Published;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date written in a page line: "07 April 2024 18:30", "Senin, 12 Mei 2025 10:15 WIB",
 * "Kamis, 13 Maret 2025". WIB is +07:00, WITA +08:00, WIT +09:00; a time without a zone is WIB.
 * The whole line must be the date (a weekday, the date, an optional time and zone, optional separators).
 */
public final class PageDateParser {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("pebruari", 2), Map.entry("maret", 3), Map.entry("mar", 3), Map.entry("april", 4),
            Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("agustus", 8), Map.entry("agu", 8),
            Map.entry("agt", 8), Map.entry("ags", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("nopember", 11), Map.entry("desember", 12), Map.entry("des", 12));

    private static final Pattern LINE = Pattern.compile(
            "(?iu)^\\s*(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\\s*,?\\s*)?"
                    + "(\\d{1,2})\\s+([a-z]+)\\.?\\s+(\\d{4})"
                    + "(?:\\s*[,|\\-\u2013]?\\s*(?:pukul\\s+)?(\\d{1,2})[:.](\\d{2})(?:[:.]\\d{2})?\\s*(wib|wita|wit)?)?\\s*$");

    private PageDateParser() {
    }

    /** Month number for an Indonesian month name or abbreviation, any case; 0 when it is none. */
    public static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    public static Optional<Published> parse(String line, String from) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = month(m.group(2));
        int day = Integer.parseInt(m.group(1));
        int year = Integer.parseInt(m.group(3));
        if (month == 0 || day < 1 || day > 31) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (m.group(4) == null) {
                return Optional.of(Published.of(date, from));
            }
            ZoneOffset offset = switch (m.group(6) == null ? "wib" : m.group(6).toLowerCase(Locale.ROOT)) {
                case "wita" -> ZoneOffset.ofHours(8);
                case "wit" -> ZoneOffset.ofHours(9);
                default -> ZoneOffset.ofHours(7);
            };
            LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            return Optional.of(Published.of(time.atOffset(offset), from));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
