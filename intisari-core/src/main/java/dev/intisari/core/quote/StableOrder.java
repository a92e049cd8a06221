package dev.intisari.core.quote;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Sorts a list by a non-negative int key, equal keys in the order given (as {@link List#sort} with a comparator),
 * as packed numbers (key, index): one key read per element instead of a comparator call per comparison.
 */
final class StableOrder {
    private StableOrder() {
    }

    static <T> void byKey(List<T> list, ToIntFunction<T> key) {
        int n = list.size();
        if (n < 2) {
            return;
        }
        long[] keys = new long[n];
        boolean sorted = true;
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int k = key.applyAsInt(list.get(i));
            if (k < 0) {
                list.sort((a, b) -> Integer.compare(key.applyAsInt(a), key.applyAsInt(b)));
                return;
            }
            sorted &= k >= previous;
            previous = k;
            keys[i] = (long) k << 32 | i;
        }
        if (sorted) {
            return;
        }
        Arrays.sort(keys);
        Object[] copy = list.toArray();
        for (int i = 0; i < n; i++) {
            @SuppressWarnings("unchecked")
            T t = (T) copy[(int) keys[i]];
            list.set(i, t);
        }
    }
}
