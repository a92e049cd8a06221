package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

/**
 * A body named after its region is an organisation, not the region: the tagger reads "Kejari Solo", "Polres
 * Tangerang Selatan" or "DPRD Kota Bandung" as a place, carried by the place name that ends it. A place mention of two
 * words or more that opens with a regional body's short head ({@code regional-bodies.txt}) is retyped as an
 * organisation; the place alone ("Solo") stays a place wherever the article writes it alone.
 */
final class RegionalBodies {
    private static final WordHashes HEADS = WordHashes.read("regional-bodies.txt");

    private RegionalBodies() {
    }

    /** Whether the lowercase hash {@code lower} is a regional body's short head ("dprd", "kejari"). */
    static boolean head(long lower) {
        return HEADS.has(lower);
    }

    static void retype(ArticleTokens t, MentionTable table) {
        for (Mention m : table.list()) {
            if (m.type() == EntityType.LOCATION && m.end() - m.start() >= 2 && HEADS.has(t.lower[m.start()])) {
                table.add(new Mention(m.start(), m.end(), EntityType.ORGANIZATION, m.role()));
            }
        }
    }
}
