package dev.intisari.core.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the date tagger, read once from the resources next to this class: month names,
 * weekday names, number words, calendar units and context cues (see {@code cues.tsv} for the roles).
 */
final class DateLexicon {
    /** The role a context word plays around a date expression. */
    enum Role { PAST, FUTURE, THIS, TENSE_FUTURE, TENSE_PAST, MONTH_CUE, YEAR_CUE, NOT_WEEKDAY, SET, PART, DAYPART, VAGUE, ANAPHORIC }

    /** Calendar units of relative expressions. */
    enum Unit { DAY, WEEK, MONTH, YEAR }

    static final DateLexicon STANDARD = new DateLexicon();

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Boolean> monthAbbreviation = new HashMap<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Boolean> unitIsOne = new HashMap<>();
    private final Map<String, Set<Role>> roles = new HashMap<>();

    private DateLexicon() {
        read("months.tsv", f -> {
            months.put(f[0], Integer.parseInt(f[1]));
            monthAbbreviation.put(f[0], f.length > 2 && f[2].equals("abbr"));
        });
        read("weekdays.tsv", f -> weekdays.put(f[0], Integer.parseInt(f[1])));
        read("numbers.tsv", f -> numbers.put(f[0], Integer.parseInt(f[1])));
        read("units.tsv", f -> {
            units.put(f[0], Unit.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)));
            unitIsOne.put(f[0], f[2].equals("1"));
        });
        read("cues.tsv", f -> roles.computeIfAbsent(f[0], k -> EnumSet.noneOf(Role.class))
                .add(Role.valueOf(f[1].replace('-', '_').toUpperCase(java.util.Locale.ROOT))));
    }

    /** Month number of a lower-case month name or abbreviation, 0 when none. */
    int month(String lower) {
        return months.getOrDefault(lower, 0);
    }

    boolean isMonthAbbreviation(String lower) {
        return monthAbbreviation.getOrDefault(lower, false);
    }

    /** ISO day of week of a lower-case weekday name, 0 when none. */
    int weekday(String lower) {
        return weekdays.getOrDefault(lower, 0);
    }

    /** Value of a simple number word ("tiga"), 0 when none. */
    int number(String lower) {
        return numbers.getOrDefault(lower, 0);
    }

    Unit unit(String lower) {
        return units.get(lower);
    }

    /** True for the se- forms that carry their own count ("setahun"). */
    boolean unitIsOne(String lower) {
        return unitIsOne.getOrDefault(lower, false);
    }

    boolean is(String lower, Role role) {
        Set<Role> r = roles.get(lower);
        return r != null && r.contains(role);
    }

    private interface Row {
        void accept(String[] fields);
    }

    private static void read(String name, Row row) {
        try (InputStream in = DateLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    row.accept(t.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
