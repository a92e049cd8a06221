package dev.intisari.core.quote;

import java.util.Arrays;

/**
 * The words of one text written in lower case, and the lower-case parts of its joined words ("kata" in
 * "Kata-kata", "kata-kata"), as an exact hash set of character ranges of the lowered text: "is this capitalised
 * word written in lower case somewhere" is then one probe. Built on the first question.
 */
final class LowerCaseWords {
    private final char[] lowered;
    private int[] from;
    private int[] to;
    private int[] hashes;
    private int count;
    /** Open addressing over {@link #hashes}: entry index + 1, 0 for a free slot. */
    private final int[] slots;

    LowerCaseWords(Words words, char[] lowered) {
        this.lowered = lowered;
        int capacity = Math.max(8, words.size);
        from = new int[capacity];
        to = new int[capacity];
        hashes = new int[capacity];
        String text = words.text;
        for (int w = 0; w < words.size; w++) {
            if (!words.capitalised(w)) {
                add(words.start[w], words.end[w], words.hash(w));
            }
            if (words.joined(w) && words.end[w] - words.start[w] > 2) {
                int partFrom = words.start[w];
                for (int k = words.start[w]; k <= words.end[w]; k++) {
                    if (k == words.end[w] || !Words.letterOrDigit(text.charAt(k))) {
                        if (k > partFrom && Character.isLowerCase(text.charAt(partFrom))) {
                            int h = 0;
                            for (int j = partFrom; j < k; j++) {
                                h = 31 * h + lowered[j];
                            }
                            add(partFrom, k, h);
                        }
                        partFrom = k + 1;
                    }
                }
            }
        }
        slots = new int[Integer.highestOneBit(Math.max(4, count) * 2) * 2];
        int mask = slots.length - 1;
        for (int e = 0; e < count; e++) {
            int i = Words.spread(hashes[e]) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = e + 1;
        }
    }

    private void add(int start, int end, int hash) {
        if (count == from.length) {
            from = Arrays.copyOf(from, count * 2);
            to = Arrays.copyOf(to, count * 2);
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        from[count] = start;
        to[count] = end;
        hashes[count] = hash;
        count++;
    }

    /** Whether the lowered characters [start, end), whose hash is {@code hash}, are in the set. */
    boolean contains(int start, int end, int hash) {
        int mask = slots.length - 1;
        for (int i = Words.spread(hash) & mask; slots[i] != 0; i = (i + 1) & mask) {
            int e = slots[i] - 1;
            if (hashes[e] == hash && same(from[e], to[e], start, end)) {
                return true;
            }
        }
        return false;
    }

    private boolean same(int aFrom, int aTo, int bFrom, int bTo) {
        if (aTo - aFrom != bTo - bFrom) {
            return false;
        }
        for (int k = 0; k < aTo - aFrom; k++) {
            if (lowered[aFrom + k] != lowered[bFrom + k]) {
                return false;
            }
        }
        return true;
    }
}
