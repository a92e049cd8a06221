package dev.intisari.core.time;

import dev.intisari.model.DateMention;
import dev.intisari.model.Published;
import dev.intisari.model.RemovalKind;
import dev.intisari.model.RemovedLine;
import dev.intisari.model.Span;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The copyright year as a hint for the year: the estimate is the latest day of that year the body reports
 * as past, or nothing.
 *
 * <p>The year is the latest one written in a removed copyright line ("Copyright © 2008-2025 ANTARA" gives
 * 2025). The body's days count when they lie in that year and their value does not depend on the unknown
 * day: a date with its year ("27 Maret 2025"), or a day and month that resolve to the same month and day
 * whether the article was published on 24 or on 31 December ("27 Maret", "Kamis (27/3)", and "3 Januari",
 * which the tagger reads as upcoming from the end of December), put in that year; weekdays alone
 * and relative words ("kemarin", "pekan lalu") change with the anchor and are left out. A day in a clause
 * that speaks of the future ("akan", "mendatang", "dijadwalkan" — the future roles of {@code cues.tsv}) is
 * left out too, and so is a day that ends a period or sets a deadline ("berlaku hingga 31 Desember", "paling
 * lambat 5 Mei": the until role). The estimate is recorded with {@code from = "copyright"} so a reader can tell it apart.
 */
public final class CopyrightYearEstimator implements PublicationEstimator {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    private static final String FROM = "copyright";

    private final DateTagger tagger;
    private final DateLexicon lexicon = DateLexicon.STANDARD;

    public CopyrightYearEstimator(DateTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public Optional<Published> estimate(TokenizedText text, List<RemovedLine> removed) {
        int year = copyrightYear(removed);
        if (year < 0) {
            return Optional.empty();
        }
        Map<Span, String> withoutAnchor = values(tagger.tag(text, null));
        Map<Span, String> earlier = values(tagger.tag(text, LocalDate.of(year, 12, 24)));
        String prefix = year + "-";
        LocalDate latest = null;
        for (DateMention m : tagger.tag(text, LocalDate.of(year, 12, 31))) {
            String value = withoutAnchor.get(m.span());
            if (value == null) {
                value = sameDayInYear(m.value(), earlier.get(m.span()), year);
            }
            if (value == null || value.length() != 10 || !value.startsWith(prefix) || future(text, m.span())) {
                continue;
            }
            try {
                LocalDate day = LocalDate.parse(value);
                if (latest == null || day.isAfter(latest)) {
                    latest = day;
                }
            } catch (DateTimeException e) {
                // a value the tagger should not give; ignore it rather than guess
            }
        }
        return latest == null ? Optional.empty() : Optional.of(Published.of(latest, FROM));
    }

    /**
     * The day in {@code year} of a day and month written without a year: the values under the two December
     * anchors name the same month and day (a weekday or a relative word would move), in the year or, for a
     * day early in the year that the tagger reads as upcoming from 31 December, the next one. Else null.
     */
    private static String sameDayInYear(String late, String early, int year) {
        if (late == null || early == null || late.length() != 10 || early.length() != 10
                || !late.substring(4).equals(early.substring(4))) {
            return null;
        }
        for (String v : new String[] {late, early}) {
            int y = Integer.parseInt(v.substring(0, 4));
            if (y != year && y != year + 1) {
                return null;
            }
        }
        return year + late.substring(4);
    }

    /** The latest year written in a removed copyright line, or -1. */
    static int copyrightYear(List<RemovedLine> removed) {
        int year = -1;
        for (RemovedLine line : removed) {
            if (line.kind() != RemovalKind.COPYRIGHT) {
                continue;
            }
            Matcher m = YEAR.matcher(line.text());
            while (m.find()) {
                year = Math.max(year, Integer.parseInt(m.group(1)));
            }
        }
        return year;
    }

    private static Map<Span, String> values(List<DateMention> mentions) {
        Map<Span, String> out = new HashMap<>();
        for (DateMention m : mentions) {
            if (m.value() != null) {
                out.put(m.span(), m.value());
            }
        }
        return out;
    }

    /**
     * True when the clause holding the span (its sentence, cut at commas, semicolons and colons) has a word
     * that points to the future: "akan digelar pada 20 Juni", "20 Juni mendatang".
     */
    private boolean future(TokenizedText text, Span span) {
        int index = text.sentenceAt(span.start());
        int from = index < 0 ? span.start() : text.sentences().get(index).span().start();
        int to = index < 0 ? span.end() : text.sentences().get(index).span().end();
        List<Token> tokens = text.tokens();
        int first = firstEndingAfter(tokens, span.start());
        int before = 0;
        for (int i = first - 1; i >= 0 && tokens.get(i).span().start() >= from; i--) {
            Token t = tokens.get(i);
            if (boundary(t) && !(i > 0 && lexicon.weekday(lower(tokens.get(i - 1))) > 0)) {
                break; // a clause ends here, unless the comma only parts a weekday from its date
            }
            String word = lower(t);
            if (futureWord(word) || ++before <= 3 && lexicon.is(word, DateLexicon.Role.UNTIL)) {
                return true;
            }
        }
        for (int i = first; i < tokens.size() && tokens.get(i).span().start() < to; i++) {
            Token t = tokens.get(i);
            if (t.span().start() >= span.end() && boundary(t)) {
                break;
            }
            if (futureWord(lower(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundary(Token t) {
        String w = t.text();
        return w.equals(",") || w.equals(";") || w.equals(":");
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    private boolean futureWord(String word) {
        return lexicon.is(word, DateLexicon.Role.FUTURE) || lexicon.is(word, DateLexicon.Role.TENSE_FUTURE);
    }

    private static int firstEndingAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
