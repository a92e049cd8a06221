package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/** The mentions of an article indexed by token, non-overlapping: adding one removes those it overlaps. */
final class MentionTable {
    private final Mention[] at;

    MentionTable(int size) {
        at = new Mention[size];
    }

    Mention at(int token) {
        return token >= 0 && token < at.length ? at[token] : null;
    }

    void add(Mention m) {
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
     * Whether a word of [from, to) (lowercase hashes) is part of an organisation or place mention outside that
     * stretch ("Perbanas" of "Ketua Umum Perbanas Kartika Wirjoatmodjo", named elsewhere as an organisation).
     */
    boolean namesElsewhere(long[] lower, int from, int to) {
        for (Mention m : list()) {
            if (m.type() == EntityType.PERSON || m.end() > from && m.start() < to) {
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

    /** The mentions in text order. */
    List<Mention> list() {
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
