package dev.intisari.core.entity;

/**
 * The case profile of Indonesian news ({@code case-profile.tsv.gz}) for stages outside the entity stage: whether
 * a word is an ordinary word that news writes in lowercase inside sentences, so that its capital at the start of
 * a sentence is the sentence's and not a name's ("Sejumlah kritik mengatakan", "Kabar lain menyebutkan"). Thread-safe.
 */
public final class CommonWords {
    private CommonWords() {
    }

    /** Seen at least ten times and written with a capital inside a sentence less than a fifth of the time. */
    public static boolean mostlyLowercase(CharSequence word) {
        return CaseProfile.shipped().mostlyLowercase(TokenHash.lower(word));
    }

    /** The shortest nominalisation {@link #nominalisation} accepts ("pe" + four letters + "an"). */
    private static final int NOMINALISATION_MIN_LENGTH = 8;

    /**
     * Whether a word has the shape of an Indonesian nominalisation, pe(N)-/per-/ke- … -an ("Pembangunan",
     * "Kewilayahan", "Pengelolaan", "Perlindungan"): a common noun of offices and fields, never a person's given or
     * family name. Eight letters at least, so short names of that look ("Pebrian") are not read as such.
     */
    public static boolean nominalisation(CharSequence word) {
        int n = word.length();
        if (n < NOMINALISATION_MIN_LENGTH || Character.toLowerCase(word.charAt(n - 1)) != 'n'
                || Character.toLowerCase(word.charAt(n - 2)) != 'a') {
            return false;
        }
        char first = Character.toLowerCase(word.charAt(0));
        if (first != 'p' && first != 'k' || Character.toLowerCase(word.charAt(1)) != 'e') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
