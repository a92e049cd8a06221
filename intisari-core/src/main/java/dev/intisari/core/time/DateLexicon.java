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
    enum Role { PAST, FUTURE, THIS, TENSE_FUTURE, TENSE_PAST, MONTH_CUE, YEAR_CUE, NOT_WEEKDAY, SET, PART, DAYPART, VAGUE, ANAPHORIC, LAW, SPEECH, UNTIL, NAME, DEADLINE, PART_CUE, ORDINAL, TRAILING }

    /** Calendar units of relative expressions. */
    enum Unit { DAY, WEEK, MONTH, YEAR }

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Boolean> monthAbbreviation = new HashMap<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Boolean> unitIsOne = new HashMap<>();
    private final Map<String, Set<Role>> roles = new HashMap<>();
    /** Every word the rules look at, lower-cased, in an open-addressing table for allocation-free lookup. */
    private final String[] vocabulary;
    /** The longest vocabulary word. */
    private int longest;
    /**
     * Which (first letter, second letter, length) shapes of ASCII words occur in the vocabulary: most words of
     * a text fail this test and are never hashed. Indexed by {@link #shape}.
     */
    private final boolean[] shapes;
    private boolean nonAsciiWords;

    /** Words the rules themselves test for (grammar, not tunable lists). */
    private static final String[] SYNTAX = {"hari", "kemarin", "besok", "lusa", "esok", "tanggal", "tgl", "kuartal",
        "triwulan", "semester", "caturwulan", "akan", "datang", "yang", "dini", "jam", "belas", "puluh", "setengah",
        "an", "at", "jum", "nya", "i", "ii", "iii", "iv", "dan", "atau", "hingga", "sampai", "sejak", "pada", "lagi"};

    static final DateLexicon STANDARD = new DateLexicon();

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
        java.util.Set<String> all = new java.util.HashSet<>(java.util.List.of(SYNTAX));
        all.addAll(months.keySet());
        all.addAll(weekdays.keySet());
        all.addAll(numbers.keySet());
        all.addAll(units.keySet());
        all.addAll(roles.keySet());
        int size = Integer.highestOneBit(all.size() * 4) * 2;
        vocabulary = new String[size];
        for (String w : all) {
            longest = Math.max(longest, w.length());
        }
        shapes = new boolean[27 * 27 * (longest + 1)];
        for (String w : all) {
            int shape = shape(w.toCharArray(), 0, w.length());
            if (shape < 0) {
                nonAsciiWords = true;
            } else {
                shapes[shape] = true;
            }
            int h = hash(w) & (size - 1);
            while (vocabulary[h] != null) {
                h = (h + 1) & (size - 1);
            }
            vocabulary[h] = w;
        }
    }

    /** The lower-cased vocabulary word written at text[start, end) in any case, or "" when it is none. */
    String canonical(char[] text, int start, int end) {
        if (end - start > longest) {
            return "";
        }
        int shape = shape(text, start, end);
        if (shape >= 0 ? !shapes[shape] : !nonAsciiWords) {
            return "";
        }
        int h = hash(text, start, end) & (vocabulary.length - 1);
        for (String w = vocabulary[h]; w != null; h = (h + 1) & (vocabulary.length - 1), w = vocabulary[h]) {
            if (w.length() == end - start && sameLower(w, text, start)) {
                return w;
            }
        }
        return "";
    }

    /** The shape index of an ASCII-letter word of at most {@link #longest} letters, or -1. */
    private int shape(char[] text, int start, int end) {
        int a = letterIndex(lower(text[start]));
        int b = end - start > 1 ? letterIndex(lower(text[start + 1])) : 26;
        if (a < 0 || b < 0 || end - start > longest) {
            return -1;
        }
        return (a * 27 + b) * (longest + 1) + (end - start);
    }

    /** 0-25 for a-z, 26 for other ASCII, -1 for non-ASCII. */
    private static int letterIndex(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : c < 128 ? 26 : -1;
    }

    private static boolean sameLower(String w, char[] text, int start) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) != lower(text[start + i])) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lower(s[i]);
        }
        return h ^ (h >>> 16);
    }

    private static int hash(String s) {
        return hash(s.toCharArray(), 0, s.length());
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
    }

    /** Month number of a lower-case month name or abbreviation, 0 when none. */
    int month(String lower) {
        return months.getOrDefault(lower, 0);
    }

    boolean isMonthAbbreviation(String lower) {
        return monthAbbreviation.getOrDefault(lower, false);
    }

    /** ISO day of week of a lower-case weekday name, 0 when none. */
    /** Every weekday name, lower case ("senin", "jum'at", "ahad"). */
    java.util.Set<String> weekdayNames() {
        return java.util.Set.copyOf(weekdays.keySet());
    }

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
