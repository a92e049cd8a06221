package dev.intisari.core.cluster;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The days an article or a story reports, for the day test of {@link Counterevidence}: the <em>lead day</em>, the
 * first day the lead names in the news form "Senin (20/10/2025)" ({@link EventSignals.Kind#LEAD_DAY}, key
 * {@code l:2025-10-20}), which Indonesian news writes for the day of the occasion it reports, and the
 * <em>named days</em>, every day the body names ({@link EventSignals.Kind#DAYS}, {@code d:}), with which a
 * follow-up refers back to the occasion ("kebakaran yang terjadi Kamis (26/10) lalu") or a preview to the day
 * ahead. Days are kept as epoch days; a story keeps at most {@link #MAX} of each, the first seen.
 */
final class EventDays implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Days kept per story and kind. */
    static final int MAX = 32;
    static final EventDays NONE = new EventDays();
    private int[] lead = new int[0];
    private int leads;
    private int[] named = new int[0];
    private int nameds;

    /** The days of one article's event keys ({@code l:} and {@code d:}); other keys are skipped. */
    static EventDays of(List<String> keys) {
        EventDays days = null;
        for (String k : keys) {
            if (k.length() == 12 && k.charAt(1) == ':' && (k.charAt(0) == 'l' || k.charAt(0) == 'd')) {
                int day = parse(k);
                if (day > 0) {
                    if (days == null) {
                        days = new EventDays();
                    }
                    if (k.charAt(0) == 'l') {
                        days.addLead(day);
                    } else {
                        days.addNamed(day);
                    }
                }
            }
        }
        return days == null ? NONE : days;
    }

    /**
     * {@link #of(List)}, and an article without a lead day takes its publication day ({@code when} in {@code zone})
     * as one: what a follow-up without a day in its lead reports happened on or just before the day it appeared.
     */
    static EventDays of(List<String> keys, java.time.Instant when, java.time.ZoneId zone) {
        EventDays days = of(keys);
        if (when == null || days.leads > 0) {
            return days;
        }
        EventDays dated = days == NONE ? new EventDays() : days;
        dated.addLead((int) when.atZone(zone).toLocalDate().toEpochDay() + 1);
        return dated;
    }

    /** The epoch day of a key {@code x:yyyy-mm-dd} (plus one, so that 0 is none), or 0 when it is not one. */
    private static int parse(String key) {
        int v = 0;
        for (int i = 2; i < 12; i++) {
            char c = key.charAt(i);
            if (i == 6 || i == 9) {
                if (c != '-') {
                    return 0;
                }
            } else if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
            } else {
                return 0;
            }
        }
        int month = v / 100 % 100;
        int day = v % 100;
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return 0;
        }
        try {
            return (int) java.time.LocalDate.of(v / 10000, month, day).toEpochDay() + 1;
        } catch (java.time.DateTimeException e) {
            return 0;
        }
    }

    boolean isEmpty() {
        return nameds == 0 && leads == 0;
    }

    boolean hasLead() {
        return leads > 0;
    }

    private void addLead(int day) {
        if (!contains(lead, leads, day) && leads < MAX) {
            lead = grow(lead, leads);
            lead[leads++] = day;
        }
    }

    private void addNamed(int day) {
        if (!contains(named, nameds, day) && nameds < MAX) {
            named = grow(named, nameds);
            named[nameds++] = day;
        }
    }

    /** Adds the days of a member (or of a story merged into this one); only a story's own set is changed. */
    void addAll(EventDays other) {
        for (int i = 0; i < other.leads; i++) {
            addLead(other.lead[i]);
        }
        for (int i = 0; i < other.nameds; i++) {
            addNamed(other.named[i]);
        }
    }

    /**
     * Whether an article with these days reports another occasion than the story's articles: it has a lead day,
     * the story's articles have lead days, the article's lead day is more than {@code reach} days from each of
     * theirs (one event's coverage runs over consecutive days: a tournament's rounds, a race weekend) and is none
     * of the days the story names, and the article names none of the story's lead days.
     */
    boolean otherOccasionThan(EventDays story, int reach) {
        return otherOccasionThan(story, reach, 0);
    }

    /**
     * {@link #otherOccasionThan(EventDays, int)}, and with {@code span > 0} also when each of the article's lead
     * days is more than {@code span} days after the story's first lead day: a story whose articles each follow the
     * last within the reach walks from one occasion to the next (a week of travel-season preparations, a club's
     * match, next preview and friendly), while one event's coverage stays within days of its first.
     */
    boolean otherOccasionThan(EventDays story, int reach, int span) {
        if (leads == 0 || story.leads == 0 || namesADayOf(story)) {
            return false;
        }
        int first = Integer.MAX_VALUE;
        for (int j = 0; j < story.leads; j++) {
            first = Math.min(first, story.lead[j]);
        }
        for (int i = 0; i < leads; i++) {
            if (span > 0 && lead[i] - first > span) {
                continue;
            }
            for (int j = 0; j < story.leads; j++) {
                if (Math.abs(lead[i] - story.lead[j]) <= reach) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether one of the article's lead days is at most {@code span} days after the story's first lead day (true
     * when either has none: nothing is known).
     */
    boolean withinSpanOf(EventDays story, int span) {
        if (leads == 0 || story.leads == 0) {
            return true;
        }
        int first = Integer.MAX_VALUE;
        for (int j = 0; j < story.leads; j++) {
            first = Math.min(first, story.lead[j]);
        }
        for (int i = 0; i < leads; i++) {
            if (lead[i] - first <= span) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article refers to the story's occasion by its day, or the story to the article's: the article's
     * lead day is a day the story names, or the article names a lead day of the story ("ditahan sejak Selasa
     * (15/4)" in the report of the indictment).
     */
    boolean namesADayOf(EventDays story) {
        for (int i = 0; i < leads; i++) {
            if (contains(story.named, story.nameds, lead[i])) {
                return true;
            }
        }
        for (int i = 0; i < nameds; i++) {
            if (contains(story.lead, story.leads, named[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] days, int n, int day) {
        for (int i = 0; i < n; i++) {
            if (days[i] == day) {
                return true;
            }
        }
        return false;
    }

    private static int[] grow(int[] days, int n) {
        return n < days.length ? days : Arrays.copyOf(days, Math.max(4, 2 * n));
    }
}
