package dev.intisari.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic behind the values of date expressions. Every method returns null when the anchor
 * (publication date) it needs is null or the date does not exist. Values are ISO strings:
 * {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
 */
final class CalendarResolver {
    /** Which occurrence of a day, weekday or month a bare expression means. */
    enum Direction {
        /** Written with a past cue ("13 Maret lalu"): on or before the anchor. */
        PAST,
        /** Written with a future cue ("Maret mendatang", "akan ... pada 27 Maret"): on or after the anchor. */
        FUTURE,
        /** No cue: on or before the anchor, unless this year's date is at most {@link #NEAR_DAYS} ahead. */
        NEAREST
    }

    /**
     * A day-month this close to the anchor keeps its year even when the weekday written with it disagrees:
     * "Rabu (4/9)" published on Thursday 4 September is a slip of the weekday, not a date a year back.
     */
    static final int TYPO_REACH = 7;

    /** How far ahead a day or month without any cue may lie and still be read as upcoming. */
    static final int NEAR_DAYS = 62;

    private CalendarResolver() {
    }

    /** True when {@code day/month} exists in some year (29 February does, 31 April does not). */
    static boolean validDayMonth(int day, int month) {
        return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(2000, month).lengthOfMonth();
    }

    static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A day and month without a year: with a weekday, the year (around the anchor's) whose date falls on that
     * weekday, nearest to the anchor; else the nearest occurrence on or before the anchor (after it when
     * {@code direction} is FUTURE).
     */
    static LocalDate dayMonth(LocalDate anchor, int day, int month, int weekday, Direction direction) {
        if (anchor == null || !validDayMonth(day, month)) {
            return null;
        }
        if (weekday > 0) {
            LocalDate plain = dayMonth(anchor, day, month, 0, direction);
            if (plain != null && (plain.getDayOfWeek().getValue() == weekday || distance(plain, anchor) <= TYPO_REACH)) {
                return plain; // the weekday agrees, or the date is this week's news and the weekday is the slip
            }
            LocalDate best = null;
            for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
                LocalDate d = date(y, month, day);
                if (d != null && d.getDayOfWeek().getValue() == weekday
                        && (best == null || distance(d, anchor) < distance(best, anchor))) {
                    best = d;
                }
            }
            return best != null ? best : plain;
        }
        if (direction == Direction.NEAREST) {
            for (int y = anchor.getYear(); y <= anchor.getYear() + 1; y++) {
                LocalDate ahead = date(y, month, day);
                if (ahead != null && ahead.isAfter(anchor) && ahead.toEpochDay() - anchor.toEpochDay() <= NEAR_DAYS) {
                    return ahead;
                }
            }
        }
        int step = direction == Direction.FUTURE ? 1 : -1;
        for (int y = anchor.getYear(), tries = 0; tries < 9; y += step, tries++) {
            LocalDate d = date(y, month, day);
            if (d != null && (direction == Direction.FUTURE ? !d.isBefore(anchor) : !d.isAfter(anchor))) {
                return d;
            }
        }
        return null;
    }

    /** A day of the month without month or year ("tanggal 27"): the nearest such day before/after the anchor. */
    static LocalDate dayOnly(LocalDate anchor, int day, Direction direction) {
        if (anchor == null || day < 1 || day > 31) {
            return null;
        }
        YearMonth ym = YearMonth.from(anchor);
        int step = direction == Direction.FUTURE ? 1 : -1;
        for (int tries = 0; tries < 3; tries++, ym = ym.plusMonths(step)) {
            if (day <= ym.lengthOfMonth()) {
                LocalDate d = ym.atDay(day);
                if (direction == Direction.FUTURE ? !d.isBefore(anchor) : !d.isAfter(anchor)) {
                    return d;
                }
            }
        }
        return null;
    }

    /** A month without a year: this year's when it is not after the anchor's month, else last year's. */
    static YearMonth month(LocalDate anchor, int month, Direction direction) {
        if (anchor == null) {
            return null;
        }
        int y = anchor.getYear();
        if (direction == Direction.FUTURE) {
            return YearMonth.of(month < anchor.getMonthValue() ? y + 1 : y, month);
        }
        int ahead = month - anchor.getMonthValue();
        int aheadAround = (ahead + 12) % 12;
        if (direction == Direction.NEAREST && aheadAround > 0 && aheadAround * 31 <= NEAR_DAYS) {
            return YearMonth.of(ahead > 0 ? y : y + 1, month);
        }
        return YearMonth.of(ahead > 0 ? y - 1 : y, month);
    }

    /**
     * A weekday: {@code shift} 0 means the nearest one on or before the anchor (on or after it when
     * {@code direction} is FUTURE); -1 ("Senin lalu") the nearest strictly before; +1 ("Senin depan") the
     * nearest strictly after; {@code thisWeek} ("Senin ini") the one in the anchor's Monday-to-Sunday week.
     */
    static LocalDate weekday(LocalDate anchor, int weekday, int shift, boolean thisWeek, Direction direction) {
        if (anchor == null) {
            return null;
        }
        DayOfWeek dow = DayOfWeek.of(weekday);
        if (thisWeek) {
            return anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow));
        }
        if (shift < 0) {
            return anchor.with(TemporalAdjusters.previous(dow));
        }
        if (shift > 0) {
            return anchor.with(TemporalAdjusters.next(dow));
        }
        return direction == Direction.FUTURE
                ? anchor.with(TemporalAdjusters.nextOrSame(dow))
                : anchor.with(TemporalAdjusters.previousOrSame(dow));
    }

    /**
     * A week as a value: the contract has no week value, so a week is written as a day inside it, the way the
     * writer counts it: {@code weeks} whole weeks from the anchor ("pekan lalu" published on Tuesday 15 April is
     * Tuesday 8 April; "pekan ini" is the anchor). A part of a week takes its day: "awal pekan depan" the
     * Monday, "pertengahan pekan" the Wednesday. (Before session 18 a week was the month of its Thursday.)
     */
    static LocalDate week(LocalDate anchor, int weeks, String part) {
        if (anchor == null) {
            return null;
        }
        LocalDate day = anchor.plusWeeks(weeks);
        return switch (part) {
            case "awal" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "pertengahan", "medio" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(2);
            default -> day;
        };
    }

    /** A weekend ("akhir pekan"), written as its Saturday; {@code weeks} counts from the anchor's week. */
    static LocalDate weekend(LocalDate anchor, int weeks, boolean bare, Direction direction) {
        if (anchor == null) {
            return null;
        }
        if (bare) {
            return direction == Direction.FUTURE
                    ? (anchor.getDayOfWeek() == DayOfWeek.SUNDAY ? anchor.minusDays(1)
                    : anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)))
                    : anchor.getDayOfWeek() == DayOfWeek.SUNDAY ? anchor.minusDays(1)
                    : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        }
        return anchor.plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    /** 2-digit years: 00-49 are 20xx, 50-99 are 19xx; longer years as written. */
    static int fullYear(int y) {
        return y >= 100 ? y : y < 50 ? 2000 + y : 1900 + y;
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static String iso(YearMonth ym) {
        return ym == null ? null : ym.toString();
    }
}
