package dev.intisari.core.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credit lines ("Penerjemah: Primayanti", "Pewarta: A | Editor: B") with labels from
 * {@code credit-labels.tsv}, and bylines ("Oleh: Budi Santoso", a name glued to a job title from
 * {@code byline-titles.txt}: "Paul KirbyEditor Digital Eropa"). Returns role and name pairs, or null when the
 * line is not a credit.
 */
final class CreditReader {
    private static final int MAX_NAME_WORDS = 6;
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|/|&|;|\\s+dan\\s+|\\s+and\\s+)\\s*");
    private static final Pattern NAME = Pattern.compile("(?u)[\\p{L}][\\p{L}\\p{M}\\p{N}.'’ -]*");
    private static final Pattern PARENS = Pattern.compile("\\([^)]{0,40}\\)");
    /** Made once: {@code String.replaceAll} and {@code split} with these compiled them on every call. */
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;]+$");
    private static final Pattern BY = Pattern.compile(
            "(?u)(?i:oleh|by)\\s*:?\\s+(?<name>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4})\\s*");

    private static final int MAX_BYLINE = 90;
    private final Map<String, String> roles = new HashMap<>();
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    private final Pattern label;
    private final Pattern glued;
    /** The titles a glued byline ends in ("Budi SantosoWartawan"): one must follow a small letter. */
    private final List<String> titleWords = new ArrayList<>();

    CreditReader() {
        List<String> labels = new ArrayList<>();
        for (String[] row : RuleSet.pairs("credit-labels.tsv")) {
            roles.put(row[0], row[1]);
            labels.add(row[0]);
            firstWords.add(row[0].split(" ")[0]);
        }
        labels.sort(Comparator.comparingInt(String::length).reversed());
        String alt = String.join("|", labels).replace(" ", "\\s+");
        label = Pattern.compile("(?iu)(?:^|\\s*[|•·]\\s*|\\s{2,})(" + alt + ")\\s*:\\s*");
        StringBuilder titles = new StringBuilder();
        for (String t : RuleSet.lines("byline-titles.txt")) {
            titleWords.add(t);
            titles.append(titles.length() == 0 ? "" : "|").append(Pattern.quote(t));
        }
        glued = Pattern.compile("(?u)(?<name>\\p{Lu}\\p{Ll}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}?)(?<=\\p{Ll})(?:"
                + titles + ")(?:\\s+\\p{L}[\\p{L}.-]*){0,5}\\s*");
    }

    /** Role and name pairs of a labelled credit line, or null; {@code head} is its first word in lower case. */
    List<String[]> credits(String line, String head) {
        if (!firstWords.contains(head)) {
            return null;
        }
        Matcher m = label.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        List<String[]> out = new ArrayList<>();
        String role = roleOf(m.group(1));
        int from = m.end();
        while (true) {
            boolean more = m.find(from);
            String names = line.substring(from, more ? m.start() : line.length());
            if (!addNames(out, role, names)) {
                return null;
            }
            if (!more) {
                return out;
            }
            role = roleOf(m.group(1));
            from = m.end();
        }
    }

    /** Whether a title of {@code byline-titles.txt} follows a small letter somewhere in the line. */
    private boolean gluedTitle(String line) {
        for (String title : titleWords) {
            for (int at = line.indexOf(title, 1); at > 0; at = line.indexOf(title, at + 1)) {
                if (Character.isLowerCase(line.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Author pairs of a byline, or null. */
    List<String[]> byline(String line) {
        if (line.length() > MAX_BYLINE) {
            return null;
        }
        if (line.regionMatches(true, 0, "oleh", 0, 4) || line.regionMatches(true, 0, "by", 0, 2)) {
            Matcher by = BY.matcher(line);
            if (by.matches()) {
                return List.<String[]>of(new String[] {"author", by.group("name").strip()});
            }
        }
        if (!gluedTitle(line)) {
            return null;
        }
        Matcher g = glued.matcher(line);
        if (g.matches()) {
            return List.<String[]>of(new String[] {"author", g.group("name").strip()});
        }
        return null;
    }

    private String roleOf(String label) {
        return roles.getOrDefault(BLANKS.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" "), "author");
    }

    private static boolean addNames(List<String[]> out, String role, String names) {
        String s = TRAILING_PUNCTUATION.matcher(PARENS.matcher(names).replaceAll(" ").strip()).replaceAll("");
        if (s.isEmpty()) {
            return true;
        }
        for (String name : NAME_SPLIT.split(s)) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            if (!NAME.matcher(n).matches() || BLANKS.split(n).length > MAX_NAME_WORDS) {
                return false;
            }
            out.add(new String[] {role, n});
        }
        return true;
    }
}
