package dev.intisari.core.clean;

import java.util.regex.Pattern;

/**
 * Recognises a page date written alone on a line in English or Malay, met on wire copy and neighbouring
 * outlets: "Sunday, March 23, 2025 - 18:05 GMT", "23 March 2025 18:05", "Isnin, 24 Mac 2025 9:20 PG". Only
 * the shape is read (the date itself comes from the markup or the Indonesian date line), so the line is
 * removed as kind date.
 */
final class ForeignDateLine {
    private static final String DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
            + "|isnin|selasa|rabu|khamis|jumaat|sabtu|ahad)";
    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
            + "|januari|februari|mac|mei|julai|ogos|oktober|disember)";
    private static final String TIME = "(?:\\s*[-–—|,·•]?\\s*(?:pukul\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?"
            + "\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|pg|ptg|mlm|gmt|utc|wib|wita|wit|myt|sgt|est|edt|bst|cet|aest)?"
            + "(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?)?";
    private static final Pattern LINE = Pattern.compile("(?iu)(?:" + DAY + "\\.?\\s*,?\\s*)?(?:"
            + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*,?\\s*\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?\\s*,?\\s*\\d{4})" + TIME + "\\s*");
    private static final int MAX = 80;

    private ForeignDateLine() {
    }

    static boolean matches(String line) {
        return line.length() <= MAX && LINE.matcher(line).matches();
    }
}
