package dev.intisari.core.time;

/**
 * A date expression found by a date rule: tokens [from, to) of {@link Words}, its value (an ISO date, month or
 * year, or null when it names no day that can be given), whether it writes its day explicitly, whether it is
 * a day relative to the publication ("kemarin", "Kamis"), and for relative days their distance in days.
 */
record FoundDate(int from, int to, String value, boolean explicit, boolean relativeDay, int days) {
    FoundDate(int from, int to, String value, boolean explicit, boolean relativeDay) {
        this(from, to, value, explicit, relativeDay, Integer.MIN_VALUE);
    }
}
