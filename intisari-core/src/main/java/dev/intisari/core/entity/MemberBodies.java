package dev.intisari.core.entity;

import dev.intisari.model.EntityType;

/**
 * What one is a member of is a body, not a person: "anggota Brimob", "anggota HTI", "anggota JKT48", "anggota Super
 * Junior". The tagger reads such short names as persons; a person mention right after "anggota" in the same sentence
 * is retyped as an organisation, unless it is one common word ("anggota Polisi"). A member's own name never follows
 * "anggota" directly in news text (it follows the body: "anggota DPR Fadli Zon").
 */
final class MemberBodies {
    private static final long ANGGOTA = TokenHash.lower("anggota");

    private MemberBodies() {
    }

    static void retype(ArticleTokens t, MentionTable table) {
        for (Mention m : table.list()) {
            if (m.type() == EntityType.PERSON && m.start() > 0 && t.lower[m.start() - 1] == ANGGOTA
                    && t.sameSegment(m.start() - 1, m.start()) && !commonWord(t, m)) {
                table.add(new Mention(m.start(), m.end(), EntityType.ORGANIZATION, m.role()));
            }
        }
    }

    /** "anggota Polisi", "Anggota Militer": one capitalised word that news writes in lower case more often names no body. */
    private static boolean commonWord(ArticleTokens t, Mention m) {
        String w = t.words[m.start()];
        return m.end() - m.start() == 1 && !(w.length() > 1 && Character.isUpperCase(w.charAt(1)))
                && CaseProfile.shipped().oftenLowercase(t.lower[m.start()]);
    }
}
