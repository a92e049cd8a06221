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
}
