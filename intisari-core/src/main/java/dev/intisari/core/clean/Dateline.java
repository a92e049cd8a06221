package dev.intisari.core.clean;

/**
 * A dateline found at the start of the first body paragraph.
 *
 * @param prefix the removed text ("Washington (ANTARA) -")
 * @param place  the place ("Washington"), or null
 * @param outlet the outlet ("ANTARA", "KOMPAS.com"), or null
 * @param length characters of the line the dateline covers, trailing blanks included
 */
record Dateline(String prefix, String place, String outlet, int length) {
}
