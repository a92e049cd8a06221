package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The mentions of an article indexed by token, non-overlapping: adding one removes those it overlaps. The list in text
 * order is made on the first question after a change and then shared (the rules ask for it a dozen times per
 * article, and most of them change nothing).
 */
final class MentionTable {
    private final Mention[] at;
    /** {@link #list()} as of the last change, or null when the table has changed since. */
    private List<Mention> listed;

    MentionTable(int size) {
        at = new Mention[size];
    }

    Mention at(int token) {
        return token >= 0 && token < at.length ? at[token] : null;
    }

    void add(Mention m) {
        listed = null;
        for (int k = m.start(); k < m.end(); k++) {
            if (at[k] != null) {
                remove(at[k]);
            }
        }
        for (int k = m.start(); k < m.end(); k++) {
            at[k] = m;
        }
    }

    void remove(Mention m) {
        for (int k = m.start(); k < m.end(); k++) {
            if (at[k] == m) {
                at[k] = null;
                listed = null;
            }
        }
    }

    /** Whether a mention longer than [start, end) contains it. */
    boolean coveredByLonger(int start, int end) {
        for (int k = start; k < end; k++) {
            Mention m = at[k];
            if (m != null && m.start() <= start && m.end() >= end && m.length() > end - start) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of [from, to) (lowercase hashes) is part of another mention outside [from, end) that holds a word
     * not in [from, end) ("Garuda" of "Skuad Garuda"), or of an organisation or place made of words of [from, to) only
     * ("Perbanas" of "Ketua Umum Perbanas Kartika Wirjoatmodjo"). A bare "Purbaya" elsewhere, or the whole name
     * mistyped elsewhere, is no such mention.
     */
    boolean namesElsewhere(long[] lower, int from, int to, int end) {
        for (Mention m : list()) {
            if (m.end() > from && m.start() < end || !holdsOther(lower, m, from, end)
                    && (m.type() == EntityType.PERSON || holdsOther(lower, m, from, to))) {
                continue;
            }
            for (int k = m.start(); k < m.end(); k++) {
                for (int q = from; q < to; q++) {
                    if (lower[k] == lower[q]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether mention {@code m} holds a word that is none of the words [from, end). */
    private static boolean holdsOther(long[] lower, Mention m, int from, int end) {
        for (int k = m.start(); k < m.end(); k++) {
            boolean inside = false;
            for (int q = from; q < end && !inside; q++) {
                inside = lower[k] == lower[q];
            }
            if (!inside) {
                return true;
            }
        }
        return false;
    }

    /** The mentions in text order (unmodifiable; a later change of the table leaves it as it was). */
    List<Mention> list() {
        if (listed == null) {
            listed = Collections.unmodifiableList(fresh());
        }
        return listed;
    }

    private List<Mention> fresh() {
        List<Mention> out = new ArrayList<>();
        Mention last = null;
        for (Mention m : at) {
            if (m != null && m != last) {
                out.add(m);
                last = m;
            }
        }
        return out;
    }
}
