package dev.intisari.core.quote;

/** What a speaker phrase says: a speaker, a pronoun that refers back, or nothing usable. */
record PhraseReading(Kind kind, Speaker speaker) {
    /**
     * NONE: nobody could be named; GROUP: a group or institution spoke ("mereka", "pihak kepolisian");
     * DESCRIPTION: a description with a demonstrative that stands for a person of earlier sentences.
     */
    enum Kind { SPEAKER, PRONOUN, DESCRIPTION, NONE, GROUP }

    static final PhraseReading NONE = new PhraseReading(Kind.NONE, null);
    static final PhraseReading PRONOUN = new PhraseReading(Kind.PRONOUN, null);
    static final PhraseReading DESCRIPTION = new PhraseReading(Kind.DESCRIPTION, null);
    static final PhraseReading GROUP = new PhraseReading(Kind.GROUP, null);

    static PhraseReading of(Speaker speaker) {
        return speaker == null ? NONE : new PhraseReading(Kind.SPEAKER, speaker);
    }
}
