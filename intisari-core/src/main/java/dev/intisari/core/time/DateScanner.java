package dev.intisari.core.time;

import static dev.intisari.core.time.CalendarResolver.fullYear;
import static dev.intisari.core.time.CalendarResolver.iso;

import dev.intisari.core.time.CalendarResolver.Direction;
import dev.intisari.core.time.DateLexicon.Role;
import dev.intisari.model.DateMention;
import dev.intisari.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right pass of the date rules over one text (see docs/time.md for the rules and their
 * reasons). At each token the expression that starts there is tried, led by what the token is: a weekday,
 * a day number, a month name, a part word ("awal"), a unit ("tahun"), a count ("dua"), a relative day
 * ("kemarin"), a year. The longest reading wins and the scan resumes after it. The rules are grouped by
 * what leads them ({@link WeekdayRules}, {@link DayRules}, {@link MonthRules}, {@link PeriodRules},
 * {@link CountRules}); the scanner and its rules are made for one text and then dropped.
 */
final class DateScanner {
    private final Words w;
    private final DateLexicon lex;
    private final LocalDate anchor;
    private final String text;
    private final WrittenDates written;
    private final CountRules counts;
    private final MonthRules months;
    private final DayRules days;
    private final PeriodRules periods;
    private final WeekdayRules weekdays;
    /** Token after the last expression found, for lists of years and months. */
    private int lastEnd = -1;

    DateScanner(String text, LocalDate anchor, DateLexicon lex) {
        this.text = text;
        this.w = new Words(text, lex);
        this.anchor = anchor;
        this.lex = lex;
        SentenceCues cues = new SentenceCues(w, lex, anchor);
        this.written = new WrittenDates(w, lex);
        this.counts = new CountRules(w, lex, anchor, () -> lastEnd);
        this.months = new MonthRules(w, lex, anchor, cues, () -> lastEnd);
        this.days = new DayRules(w, lex, anchor, cues, written, counts, months);
        this.periods = new PeriodRules(w, lex, anchor, cues, counts, months);
        this.weekdays = new WeekdayRules(w, lex, anchor, cues, written);
    }

    List<DateMention> scan() {
        List<FoundDate> found = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            FoundDate f = at(i);
            if (f != null && f.to() > i) {
                if (!partOfName(f)) {
                    found.add(f);
                }
                i = f.to();
                lastEnd = f.to();
            } else {
                i++;
            }
        }
        List<DateMention> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            FoundDate f = found.get(k);
            String value = f.value();
            if (f.relativeDay() && k + 1 < found.size()) {
                FoundDate next = found.get(k + 1);
                if (next.explicit() && next.from() == f.to() + 1 && w.isMark(f.to(), ',')) {
                    value = next.value(); // "hari ini, Rabu (12/7)": the written date wins
                }
            }
            if (f.days() != Integer.MIN_VALUE && value != null && value.equals(f.value())) {
                String said = saidOn(found, k);
                if (said != null) {
                    value = LocalDate.parse(said).plusDays(f.days()).toString();
                }
            }
            if (f.relativeDay() && k > 0 && found.get(k - 1).explicit() && found.get(k - 1).to() == f.from() - 1
                    && w.isMark(f.from() - 1, '(') && w.isMark(f.to(), ')')) {
                value = found.get(k - 1).value(); // "27 Agustus 2017 (hari ini)"
            }
            int s = w.start(f.from());
            int e = w.end(f.to() - 1);
            out.add(new DateMention(text.substring(s, e), new Span(s, e), value));
        }
        return out;
    }

    /**
     * True when a date led by its day number follows a capitalised name word ("Stadion 17 Mei", "Jl. 10
     * November", "Universitas 17 Agustus 1945"): the words name a place or an institution, so no date is
     * reported, and the scan still resumes after them.
     */
    private boolean partOfName(FoundDate f) {
        if (!w.isDigits(f.from())) {
            return false;
        }
        int head = w.isMark(f.from() - 1, '.') && w.touching(f.from() - 2) ? f.from() - 2 : f.from() - 1;
        return w.capitalised(head) && lex.is(w.word(head), Role.NAME);
    }

    private FoundDate at(int i) {
        if (w.isDigits(i)) {
            return days.digitsAt(i);
        }
        if (w.isMark(i, '(')) {
            WrittenDate e = written.paren(i);
            if (e == null || !CalendarResolver.validDayMonth(e.day(), e.month())) {
                return null;
            }
            if (e.year() >= 0) {
                return new FoundDate(i, e.end(), iso(CalendarResolver.date(fullYear(e.year()), e.month(), e.day())), true, false);
            }
            return w.isMark(i - 1, ',') // "di ruang sidang DPRD, (20/10)": a dateline's day and month
                    ? new FoundDate(i, e.end(), iso(CalendarResolver.dayMonth(anchor, e.day(), e.month(), 0, Direction.PAST)), true, false)
                    : null;
        }
        if (!w.isLetters(i)) {
            return null;
        }
        String x = w.word(i);
        if (x.isEmpty()) {
            return null; // a word no rule starts with
        }
        if (w.weekdayAt(i) > 0) {
            FoundDate f = weekdays.weekday(i, i);
            if (f != null) {
                return f;
            }
        }
        switch (x) {
            case "hari":
                if (w.word(i + 1).equals("ini")) {
                    return days.relative(i, i + 2, 0);
                }
                return w.weekdayAt(i + 1) > 0 ? weekdays.weekday(i, i + 1) : null;
            case "kemarin":
                if (w.isMark(i + 1, '-') || w.isMark(i - 1, '-')) {
                    return null;
                }
                return w.word(i + 1).equals("lusa") ? days.relative(i, i + 2, -2) : days.relative(i, i + 1, -1);
            case "besok":
                return w.word(i + 1).equals("lusa") ? days.relative(i, i + 2, 2) : days.relative(i, i + 1, 1);
            case "lusa":
                return days.relative(i, i + 1, 2);
            case "tanggal", "tgl":
                return days.tanggal(i);
            case "kuartal", "triwulan", "semester", "caturwulan":
                return periods.quarter(i);
            default:
                break;
        }
        if (lex.month(x) > 0 && !lex.isMonthAbbreviation(x)) {
            return months.monthLed(i, i);
        }
        if (lex.is(x, Role.PART)) {
            FoundDate f = periods.partLed(i);
            if (f != null) {
                return f;
            }
        }
        if (lex.unit(x) != null) {
            return periods.unitLed(i);
        }
        if (x.equals("esok") && w.word(i + 1).equals("hari") && !w.word(i + 2).equals("nya")) {
            return days.relative(i, i + 2, 1);
        }
        if (lex.is(x, Role.DAYPART) && w.word(i + 1).equals("ini") && !w.word(i - 1).equals("jam")) {
            return days.relative(i, i + 2, 0);
        }
        int[] count = counts.numberWord(i);
        return count == null ? null : counts.countLed(i, count[1], count[0]);
    }

    /**
     * The day of the saying when expression k is a relative day inside a quotation whose attribution on the
     * same line gives a written day ('"Besok saya hadir," kata X, Selasa (26/9).'), else null.
     */
    private String saidOn(List<FoundDate> found, int k) {
        FoundDate f = found.get(k);
        int lineStart = text.lastIndexOf('\n', w.start(f.from())) + 1;
        if (quoteMarks(lineStart, w.start(f.from())) % 2 == 0) {
            return null;
        }
        int lineEnd = text.indexOf('\n', w.end(f.to() - 1));
        for (int g = k + 1; g < found.size(); g++) {
            FoundDate next = found.get(g);
            if (lineEnd >= 0 && lineEnd < w.start(next.from())) {
                return null;
            }
            if (next.explicit() && next.value() != null && next.value().length() == 10
                    && quoteMarks(lineStart, w.start(next.from())) % 2 == 0) {
                for (int t = next.from() - 1; t >= Math.max(f.to(), next.from() - 20); t--) {
                    if (lex.is(w.word(t), Role.SPEECH)) {
                        return next.value();
                    }
                }
                return null;
            }
        }
        return null;
    }

    private int quoteMarks(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                n++;
            }
        }
        return n;
    }
}
