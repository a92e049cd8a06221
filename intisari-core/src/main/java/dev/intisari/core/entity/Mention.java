package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

/**
 * A name found in the text: tokens {@code [start, end)} of the article, its type, and how it was found.
 *
 * @param role true for a role phrase ("juru bicara itu") standing for a person named earlier
 */
record Mention(int start, int end, EntityType type, boolean role) {
    Mention(int start, int end, EntityType type) {
        this(start, end, type, false);
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    int length() {
        return end - start;
    }
}
