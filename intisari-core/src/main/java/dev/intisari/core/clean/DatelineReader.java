package dev.intisari.core.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads datelines ("Washington (ANTARA) -", "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -",
 * "GenPI.co -", "SURABAYA -") with the shapes in {@code datelines.tsv}. An outlet must look like one (a
 * domain, an upper-case name, or a name in {@code outlets.txt}); a lone place must be upper case or listed in
 * {@code dateline-places.txt}. The agency in a dateline is the outlet that wrote the article, not a wire.
 */
final class DatelineReader {
    private static final Pattern DOMAIN = Pattern.compile("(?iu)[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:co\\.id|or\\.id|ac\\.id|go\\.id|[a-z]{2,10})");
    /** An agency acronym in brackets ("(KBN)", "(ANTARA)") or a capitalised name of up to three words. */
    private static final Pattern ACRONYM = Pattern.compile("(?u)\\p{Lu}[\\p{Lu}\\p{N}&.-]{1,11}");
    private static final Pattern NAME = Pattern.compile("(?u)\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,2}");
    /**
     * First words that never begin an outlet's name: days and times of day, and the legal forms of companies
     * ("PT Toyota - Astra Motor ..." is a company name split by a tokeniser, not a dateline).
     */
    private static final Set<String> NOT_OUTLETS = Set.of("senin", "selasa", "rabu", "kamis", "jumat", "jum'at",
            "sabtu", "minggu", "ahad", "hari", "pagi", "siang", "sore", "malam", "kemarin", "tadi", "pt", "cv", "ud",
            "tbk", "persero");
    private static final Pattern UPPER = Pattern.compile("(?u)\\p{Lu}[\\p{Lu}\\p{N}&.]+(?:\\s+[\\p{L}\\p{N}.]+){0,2}");
    private static final Pattern UPPER_PLACE = Pattern.compile("(?u)\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,2}");
    private static final int MAX_PREFIX = 60;
    /** Web suffixes left out when an outlet's name is compared with the article's own ("Merdeka.com", "merdeka"). */
    private static final List<String> WEB_SUFFIXES = List.of(".co.id", ".com", ".id", ".co", ".net");
    /**
     * An unlisted upper-case place alone needs this many characters: "GO - JEK akan ..." is a brand split by a
     * tokeniser, not a dateline.
     */
    private static final int MIN_LONE_PLACE = 3;

    private final List<Pattern> shapes = new ArrayList<>();
    private final List<String> shapeNames = new ArrayList<>();
    /** Whether each shape has the group "single" (a lone place or outlet). */
    private final List<Boolean> singles = new ArrayList<>();
    private final Set<String> outlets = new HashSet<>();
    private final Set<String> places = new HashSet<>();

    DatelineReader(Set<String> agencies) {
        outlets.addAll(agencies);
        for (String[] row : RuleSet.pairs("datelines.tsv")) {
            shapes.add(Pattern.compile(row[1]));
            shapeNames.add(row[0]);
            singles.add(row[1].contains("(?<single>"));
        }
        for (String o : RuleSet.lines("outlets.txt")) {
            outlets.add(o.toLowerCase(Locale.ROOT));
        }
        for (String p : RuleSet.lines("dateline-places.txt")) {
            places.add(p.toLowerCase(Locale.ROOT));
        }
    }

    Optional<Dateline> read(String line) {
        return read(line, null);
    }

    /**
     * As {@link #read(String)}, with the article's own outlet known from its metadata (or null): a lone name
     * that is that outlet ("Rimanews - …" in an article of rimanews) opens a dateline though no list holds it.
     */
    Optional<Dateline> read(String line, String knownOutlet) {
        if (!mayOpen(line)) {
            return Optional.empty();
        }
        for (int k = 0; k < shapes.size(); k++) {
            Pattern shape = shapes.get(k);
            String name = shapeNames.get(k);
            Matcher m = shape.matcher(line);
            if (!m.lookingAt() || m.end() > MAX_PREFIX + 4 || m.end() >= line.length()) {
                continue;
            }
            String prefix = line.substring(0, m.end()).strip();
            if (singles.get(k)) {
                String single = m.group("single").strip();
                if (name.equals("colon")) {
                    if (places.contains(single.toLowerCase(Locale.ROOT)) || single.indexOf(' ') > 0) {
                        return Optional.of(new Dateline(prefix, placeName(single), null, m.end()));
                    }
                    continue;
                }
                if ((isOutlet(single) || isOwnOutlet(single, knownOutlet)) && !isPlace(single)
                        && !NOT_OUTLETS.contains(firstWordOf(single))) {
                    return Optional.of(new Dateline(prefix, null, single, m.end()));
                }
                if (isPlace(single) && (single.length() >= MIN_LONE_PLACE || places.contains(single.toLowerCase(Locale.ROOT)))) {
                    return Optional.of(new Dateline(prefix, placeName(single), null, m.end()));
                }
                continue;
            }
            String outlet = m.group("outlet").strip();
            String place = m.group("place").strip();
            boolean named = !NOT_OUTLETS.contains(firstWordOf(outlet))
                    && (name.equals("paren") && (ACRONYM.matcher(outlet).matches() || NAME.matcher(outlet).matches())
                    || name.equals("place-outlet") && isPlace(place) && NAME.matcher(outlet).matches());
            if ((isOutlet(outlet) || named) && !isOutlet(place)) {
                return Optional.of(new Dateline(prefix, placeName(place), outlet, m.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * A cheap filter before the shapes: every shape ends in a dash or a colon within the first
     * {@link #MAX_PREFIX} characters (and a few blanks).
     */
    /** True when a capitalised name is the article's own outlet, compared by {@link #outletKey}. */
    private static boolean isOwnOutlet(String name, String knownOutlet) {
        return knownOutlet != null && Character.isUpperCase(name.charAt(0))
                && outletKey(name).equals(outletKey(knownOutlet));
    }

    /** An outlet's name for comparison: lower case, without a web suffix, spaces and dots. */
    private static String outletKey(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (String suffix : WEB_SUFFIXES) {
            if (key.endsWith(suffix)) {
                key = key.substring(0, key.length() - suffix.length());
                break;
            }
        }
        return key.replace(" ", "").replace(".", "");
    }

    private static boolean mayOpen(String line) {
        int end = Math.min(line.length(), MAX_PREFIX + 4);
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if (c == '-' || c == ':' || c == '\u2013' || c == '\u2014') {
                return true;
            }
        }
        return false;
    }

    private static String firstWordOf(String s) {
        int space = s.indexOf(' ');
        return (space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    boolean isOutlet(String s) {
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return DOMAIN.matcher(s).matches() || outlets.contains(lower)
                || (UPPER.matcher(s).matches() && !places.contains(lower) && !UPPER_PLACE.matcher(s).matches())
                || (UPPER.matcher(s).matches() && outlets.contains(lower));
    }

    private boolean isPlace(String s) {
        return places.contains(s.toLowerCase(Locale.ROOT)) || UPPER_PLACE.matcher(s).matches() && !outlets.contains(s.toLowerCase(Locale.ROOT));
    }

    /** "KUALA LUMPUR" becomes "Kuala Lumpur"; mixed case is kept. */
    private static String placeName(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        StringBuilder out = new StringBuilder(place.length());
        boolean start = true;
        for (char c : place.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
