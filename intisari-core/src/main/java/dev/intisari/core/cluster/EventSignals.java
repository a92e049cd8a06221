package dev.intisari.core.cluster;

import dev.intisari.core.time.WeekdayNames;
import dev.intisari.model.Article;
import dev.intisari.model.DateMention;
import dev.intisari.model.Quote;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Evidence of one event rather than one topic, as keys an article and a story can share: the amounts and counts
 * of the headline and lead with their unit ({@code n:13,2|t} for "Rp 13,2 triliun", {@code n:4000|hektare}),
 * the statements quoted (a few hashed word 4-grams of each direct or reported statement, {@code q:...}: two
 * reports of one press conference quote the same sentences), and the days the body names other than its own
 * publication day ({@code d:2025-10-11}: the day of the crime, the match day). Topic words recur across
 * neighbouring events; the same Rp 13,2 trillion, the same quoted sentence or the same past day rarely do. The
 * clusterer counts them in a channel of their own (see {@link ClusterConfig#eventBonus()}).
 */
public final class EventSignals {
    /** The kinds of event key. */
    public enum Kind {
        /** Amounts and counts with their unit ({@code n:}). */
        AMOUNTS,
        /** Hashed word 4-grams of quoted statements ({@code q:}). */
        STATEMENTS,
        /** Days named other than the publication day ({@code d:}). */
        DAYS,
        /** Named occasions and venues ({@code o:}). */
        OCCASIONS,
        /** Named occasions and venues with the publication day ({@code w:sidang kabinet paripurna@2025-10-20}). */
        OCCASION_DAYS,
        /**
         * Occasions named by their head noun ({@link OccasionNames}: sidang, rapat, forum, FGD...) with the
         * publication day ({@code v:rapat kabinet paripurna@2025-10-20}).
         */
        OCCASION_EVENTS,
        /**
         * Named venues whose first word names a building or ground ({@link VenueNames}: istana, gedung,
         * kantor, stadion...) with the publication day ({@code p:istana negara@2025-10-20}): where an occasion
         * was held, also when the article does not name the occasion; a place named by an area ("di Jawa
         * Tengah") is left out.
         */
        VENUE_DAYS,
        /**
         * The lead day: the first day the lead names in the news form "Senin (20/10/2025)", the day of the
         * occasion reported ({@code l:2025-10-20}, also when it is the publication day); with {@link #DAYS} the
         * evidence of {@link EventDays}, not of the event bonus.
         */
        LEAD_DAY,
        /**
         * The occasion and venue keys of {@link #OCCASION_EVENTS} and {@link #VENUE_DAYS} also with the lead day
         * when it is not the publication day ({@code v:final liga champions@2017-06-03} in a preview published
         * on 1 June that names "Sabtu (3/6)", and in the match report of 4 June): a scheduled occasion is one
         * unit across the days it is written about, before and after.
         */
        OCCASION_LEAD_DAYS,
        /**
         * The article's main actor, the speaker quoted most ({@code a:saifullah yusuf}, {@link MainActors}); read
         * by the venue test of {@link Counterevidence} (the same speaker at another venue), never by the event
         * bonus (one actor's many occasions share it).
         */
        ACTORS,
        /**
         * A happening named as one unit in the headline or lead with the lead's names ({@code k:vonis|basuki
         * tjahaja purnama}, {@link HappeningNames}), without a day: one verdict's, blast's or arrest's coverage over
         * the next days from other angles; scored by the event bonus.
         */
        HAPPENINGS,
        /**
         * The headline's words that are words of the article's names ({@code t:lorenzo}, {@link HeadlineNames}),
         * made by {@link ArticleFeatures} from the headline's analysed terms; read by the headline channel of the
         * clusterer ({@link ClusterConfig#headlines()}), never by the event bonus.
         */
        HEADLINE_NAMES
    }

    /** Characters of the body read for amounts and counts (the lead). */
    private static final int LEAD = 1500;
    /** Characters of the body read for the occasion where things were said. */
    private static final int OCCASION_LEAD = 3000;
    /**
     * A named occasion or venue: two to seven capitalised words (or numbers) after "di", "dalam", "acara",
     * "saat membuka", "menghadiri", "mengunjungi", "sela-sela" ("dalam Sidang Kabinet Paripurna di Istana
     * Negara", "dalam acara HIPMI-Danantara Business Forum 2025", "di Kantor Pos Indonesia Cikini").
     */
    private static final java.util.regex.Pattern OCCASION = java.util.regex.Pattern.compile(
            "\\b(?:di|dalam|acara|membuka|menghadiri|mengunjungi|meresmikan|sela-sela)\\s++"
                    + "((?:\\p{Lu}[\\p{L}\\p{N}&'-]*+|\\p{N}++)(?: (?:\\p{Lu}[\\p{L}\\p{N}&'-]*+|\\p{N}++|dan|&)){1,6})");
    /** Hashed 4-grams kept per statement (the smallest hashes, so two copies of a statement keep the same). */
    private static final int SKETCH = 6;
    private static final Set<String> MONTHS = Set.of("januari", "februari", "maret", "april", "mei", "juni",
            "juli", "agustus", "september", "oktober", "november", "desember", "jan", "feb", "mar", "apr", "jun",
            "jul", "agu", "agt", "sep", "okt", "nov", "des");
    /** Units that make a four-digit number an amount rather than a year. */
    private static final Set<String> MAGNITUDES = Set.of("t", "m", "jt", "rb", "%");
    private static final Set<String> CLOCK = Set.of("wib", "wita", "wit", "pagi", "siang", "sore", "malam");

    private final Set<Kind> kinds;

    /**
     * Amounts, occasions named by their head noun with the day, and venues named by a building or ground with
     * the day (the publication day, and the lead day when it is another): on the tuning sets (docs/grouping.md)
     * the kinds that helped; the lead day and the named days, read
     * by the day test of {@link Counterevidence} (not by the event bonus); statements and all capitalised venues
     * are measured by the evaluations through {@link #of}.
     */
    public EventSignals() {
        this(EnumSet.of(Kind.AMOUNTS, Kind.OCCASION_EVENTS, Kind.VENUE_DAYS, Kind.LEAD_DAY, Kind.DAYS,
                Kind.OCCASION_LEAD_DAYS, Kind.ACTORS, Kind.HAPPENINGS, Kind.HEADLINE_NAMES));
    }

    private EventSignals(Set<Kind> kinds) {
        this.kinds = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
    }

    /** The keys of these kinds. */
    public static EventSignals of(Set<Kind> kinds) {
        return new EventSignals(kinds);
    }

    /** Whether the keys of this kind are made. */
    public boolean has(Kind kind) {
        return kinds.contains(kind);
    }

    /**
     * The event keys of an analysed article, each once, in order of appearance ({@link Kind#HEADLINE_NAMES} not
     * among them: {@link ArticleFeatures} adds those, from the headline's analysed terms).
     */
    public List<String> keys(Article article) {
        Set<String> keys = new LinkedHashSet<>();
        if (kinds.contains(Kind.AMOUNTS)) {
            if (article.title() != null) {
                numbers(article.title(), keys);
            }
            String text = article.text();
            numbers(text, ArticleFeatures.leadEnd(text, LEAD), keys);
        }
        if (kinds.contains(Kind.OCCASIONS)) {
            occasions(ArticleFeatures.lead(article.text(), OCCASION_LEAD), keys);
        }
        if (kinds.contains(Kind.OCCASION_DAYS) && article.published() != null) {
            Set<String> named = new LinkedHashSet<>();
            occasions(ArticleFeatures.lead(article.text(), OCCASION_LEAD), named);
            String day = "@" + article.published().date();
            named.forEach(o -> keys.add("w:" + o.substring(2) + day));
        }
        String lead = kinds.contains(Kind.LEAD_DAY) || kinds.contains(Kind.OCCASION_LEAD_DAYS) ? leadDay(article) : null;
        String published = article.published() == null ? null : article.published().date().toString();
        String leadKey = kinds.contains(Kind.OCCASION_LEAD_DAYS) && lead != null && !lead.equals(published)
                ? "@" + lead : null;
        if (kinds.contains(Kind.VENUE_DAYS) && published != null) {
            Set<String> named = new LinkedHashSet<>();
            Set<String> occasions = kinds.contains(Kind.OCCASION_EVENTS) ? new LinkedHashSet<>() : null;
            VenueNames.names(article.text(), ArticleFeatures.leadEnd(article.text(), OCCASION_LEAD), named, occasions);
            for (String v : named) {
                for (String form : VenueNames.forms(RegionForms.oneName(v))) {
                    dated(keys, "p:" + form, "@" + published, leadKey);
                }
            }
            if (occasions != null) {
                occasions.forEach(o -> dated(keys, "v:" + o, "@" + published, leadKey));
            }
        }
        if (kinds.contains(Kind.OCCASION_EVENTS) && published != null) {
            Set<String> named = new LinkedHashSet<>();
            if (article.title() != null) {
                OccasionNames.names(article.title(), named);
            }
            OccasionNames.names(ArticleFeatures.lead(article.text(), OCCASION_LEAD), named);
            named.forEach(o -> dated(keys, "v:" + o, "@" + published, leadKey));
        }
        if (kinds.contains(Kind.STATEMENTS)) {
            for (Quote q : article.quotes()) {
                statement(q.text(), keys);
            }
        }
        if (kinds.contains(Kind.LEAD_DAY) && lead != null) {
            keys.add("l:" + lead);
        }
        if (kinds.contains(Kind.ACTORS)) {
            MainActors.keys(article, keys);
        }
        if (kinds.contains(Kind.HAPPENINGS)) {
            HappeningNames.keys(article, keys);
        }
        if (!kinds.contains(Kind.DAYS)) {
            return new ArrayList<>(keys);
        }
        for (DateMention d : article.dates()) {
            String v = d.value();
            if (v != null && v.length() == 10 && (published == null || !v.equals(published))) {
                keys.add("d:" + v);
            }
        }
        return new ArrayList<>(keys);
    }

    /** A key with the publication day, and with the lead day too when {@code leadDay} is not null. */
    private static void dated(Set<String> keys, String key, String publishedDay, String leadDay) {
        keys.add(key + publishedDay);
        if (leadDay != null) {
            keys.add(key + leadDay);
        }
    }

    /**
     * The lead day: the first day the lead names in the news form "Senin (20/10/2025)", a weekday and the date
     * in brackets (ISO, {@code 2025-10-20}), or null when the lead names none.
     */
    private static String leadDay(Article article) {
        for (DateMention d : article.dates()) {
            if (d.span().start() >= LEAD) {
                continue;
            }
            if (d.value() != null && d.value().length() == 10 && d.text().indexOf('(') > 0
                    && WeekdayNames.is(firstWord(d.text()))) {
                return d.value();
            }
        }
        return null;
    }

    /** The first word of a date mention, lower case ("Senin (20/10/2025)" -> "senin"). */
    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\'')) {
            end++;
        }
        return text.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** Named occasions and venues, lower case: {@code o:sidang kabinet paripurna}, {@code o:istana negara}. */
    static void occasions(String text, Set<String> out) {
        java.util.regex.Matcher m = OCCASION.matcher(text);
        while (m.find()) {
            String phrase = m.group(1);
            if (phrase.endsWith(" dan") || phrase.endsWith(" &")) {
                phrase = phrase.substring(0, phrase.lastIndexOf(' '));
            }
            if (phrase.indexOf(' ') > 0) {
                out.add("o:" + phrase.toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * Amounts and counts: a number (thousands dots removed, a decimal comma kept) with the word after it as its
     * unit ("triliun"/"T" -> t, "miliar" -> m, "juta" -> jt, "ribu" -> rb, "persen"/"%" -> %). Left out: parts of
     * dates ("20/10", "20 Oktober"), clock times ("pukul 16.43", "13.55 WIB") and years (a four-digit
     * number from 1000 to 2999 without a magnitude).
     */
    static void numbers(String text, Set<String> out) {
        numbers(text, text.length(), out);
    }

    /** {@link #numbers(String, Set)} over the first {@code end} characters of {@code text}. */
    private static void numbers(String text, int end, Set<String> out) {
        int n = end;
        int i = 0;
        StringBuilder key = null;
        while (i < n) {
            char c = text.charAt(i);
            if (!isDigit(c) || i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) && !afterRupiah(text, i)
                    || text.charAt(i - 1) == '/' || text.charAt(i - 1) == '.' || text.charAt(i - 1) == ',')) {
                i++;
                continue;
            }
            int start = i;
            if (key == null) {
                key = new StringBuilder(32);
            }
            key.setLength(0);
            key.append("n:");
            boolean clockLike = false;
            while (i < n) {
                char d = text.charAt(i);
                if (isDigit(d)) {
                    key.append(d);
                    i++;
                } else if ((d == '.' || d == ',') && i + 1 < n && isDigit(text.charAt(i + 1))) {
                    int run = 0;
                    while (i + 1 + run < n && isDigit(text.charAt(i + 1 + run))) {
                        run++;
                    }
                    if (d == '.' && run == 3) {
                        i++;
                    } else if (d == ',') {
                        key.append(',');
                        i++;
                    } else {
                        clockLike = d == '.' && run == 2;
                        key.append('.');
                        i++;
                    }
                } else {
                    break;
                }
            }
            if (i < n && (text.charAt(i) == '/' || text.charAt(i) == ':')) {
                i++;
                continue;
            }
            int digits = key.length() - 2;
            char first = key.charAt(2);
            String unit = unit(text, i, n);
            if (digits == 4 && (first == '1' || first == '2') && !MAGNITUDES.contains(unit)
                    || MONTHS.contains(unit) || CLOCK.contains(unit) || clockLike && !unit.equals("%")
                    || precededBy(text, start, "pukul") || precededBy(text, start, "jam")) {
                continue;
            }
            out.add(key.append('|').append(unit).toString());
        }
    }

    /** "Rp13" written without a space. */
    private static boolean afterRupiah(String text, int at) {
        return at >= 2 && text.regionMatches(true, at - 2, "rp", 0, 2) && (at == 2 || !Character.isLetter(text.charAt(at - 3)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The unit after a number (before {@code end}): its magnitude or the next word, lower case (empty when none). */
    private static String unit(String text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        if (i < end && text.charAt(i) == '%') {
            return "%";
        }
        int start = i;
        boolean upper = false;
        while (i < end && Character.isLetter(text.charAt(i))) {
            upper |= Character.isUpperCase(text.charAt(i));
            i++;
        }
        if (i == start) {
            return "";
        }
        String word = text.substring(start, Math.min(i, start + 12));
        String lower = upper ? word.toLowerCase(Locale.ROOT) : word;
        return switch (lower) {
            case "t", "triliun", "tn" -> "t";
            case "m", "miliar", "milyar", "b" -> "m";
            case "jt", "juta" -> "jt";
            case "rb", "ribu" -> "rb";
            case "persen" -> "%";
            default -> lower;
        };
    }

    private static boolean precededBy(String text, int at, String word) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        int start = end - word.length();
        return start >= 0 && text.regionMatches(true, start, word, 0, word.length());
    }

    /** The {@link #SKETCH} smallest hashes of a statement's word 4-grams, for statements of 6 words or more. */
    static void statement(String text, Set<String> out) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        if (words.size() < 6) {
            return;
        }
        long[] hashes = new long[words.size() - 3];
        for (int i = 0; i + 3 < words.size(); i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < i + 4; j++) {
                h = (h ^ words.get(j).hashCode()) * 0x100000001b3L;
                h ^= h >>> 29;
            }
            hashes[i] = h;
        }
        java.util.Arrays.sort(hashes);
        long last = 0;
        int kept = 0;
        for (int i = 0; i < hashes.length && kept < SKETCH; i++) {
            if (i == 0 || hashes[i] != last) {
                out.add("q:" + Long.toHexString(hashes[i]));
                kept++;
            }
            last = hashes[i];
        }
    }
}
