package dev.intisari.core.entity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MentionRolesTest {
    private static TaggedSentence sentence(String words, String tags) {
        return new TaggedSentence(List.of(words.split(" ")), List.of(tags.split(" ")));
    }

    /** NERP-style lowercased sentences: events (EVT) and dishes (FNB). */
    private static final List<TaggedSentence> DATA = List.of(
            sentence("timnas lolos ke piala dunia 2018", "O O O B-EVT I-EVT I-EVT"),
            sentence("ajang piala asia digelar di doha", "O B-EVT I-EVT O O B-PLC"),
            sentence("ia menyantap nasi goreng di warung", "O O B-FNB I-FNB O O"),
            sentence("nasi uduk dan kopi tersedia", "B-FNB I-FNB O B-FNB O"),
            sentence("harga nasi naik lagi", "O O O O"));

    private static final String[] LABELS = PerceptronTrainer.labels(DATA);

    private static int type(int role) {
        return role >>> 6;
    }

    private static int place(int role) {
        return role >>> 4 & 3;
    }

    @Test
    void wordsTakeTheirCommonestRolesWithShareAndCount() {
        MentionRoles roles = MentionRoles.of(DATA, -1, 1, LABELS);
        assertArrayEquals(new String[] {"O", "B-EVT", "I-EVT", "B-FNB", "I-FNB", "B-PLC", "I-PLC"}, LABELS);
        int piala = MentionRoles.firstRole(roles.rolesOf(TokenHash.lower("piala")));
        assertEquals(1, type(piala), "EVT, the first type");
        assertEquals(1, place(piala), "the first word of a longer name");
        assertEquals(3 * 4 + 1, piala & 15, "both uses (share band 3), count 2 (band 1)");
        int nasi = roles.rolesOf(TokenHash.lower("nasi"));
        assertEquals(2, type(MentionRoles.firstRole(nasi)));
        assertEquals(3 * 4 + 1, MentionRoles.firstRole(nasi) & 15, "2 of its 3 uses open a dish: share band 3 (0.6 or more)");
        assertEquals(0, MentionRoles.secondRole(nasi));
        int kopi = MentionRoles.firstRole(roles.rolesOf(TokenHash.lower("kopi")));
        assertEquals(0, place(kopi), "a one-word name");
        int ajang = MentionRoles.sideRole(roles.rolesOf(TokenHash.lower("ajang")));
        assertEquals(1, type(ajang), "just before an event");
        assertEquals(0, place(ajang), "before, not after");
        assertEquals(0, roles.rolesOf(TokenHash.lower("kemarin")), "never seen");
    }

    @Test
    void aFoldLeftOutIsNotCounted() {
        MentionRoles withoutFirst = MentionRoles.of(DATA, 0, DATA.size(), LABELS);
        int piala = MentionRoles.firstRole(withoutFirst.rolesOf(TokenHash.lower("piala")));
        assertEquals(0, piala & 3, "count 1: the first sentence is left out");
        assertEquals(0, withoutFirst.rolesOf(TokenHash.lower("timnas")));
    }

    @Test
    void taggersWithRolesLearnAndAreNotWritten() {
        assertThrows(IllegalArgumentException.class,
                () -> new PerceptronTrainer(TrainerConfig.of(16, 2, 1).withWide(true).withMentionRoles(true)));
        PerceptronTagger model = new PerceptronTrainer(TrainerConfig.of(16, 4, 1).withNameFolds(2).withWide(true).withMentionRoles(true)).train(DATA);
        CharSequence[] w = "ia menyantap nasi goreng di doha".split(" ");
        assertArrayEquals(model.emissionsFeatureByFeature(w, w.length), model.emissions(w, w.length));
        assertThrows(IllegalStateException.class, () -> model.write(new ByteArrayOutputStream()));
    }
}
