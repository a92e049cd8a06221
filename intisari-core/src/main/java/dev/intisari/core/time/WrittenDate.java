package dev.intisari.core.time;

/**
 * A day and month written with digits or a month name, ending before token {@code end}; {@code year} is -1
 * when absent and may have two digits as written.
 */
record WrittenDate(int end, int day, int month, int year) {
}
