package dev.intisari.core.quote;

/** What a speaker phrase says: a speaker, a pronoun that refers back, or nothing usable. */
record PhraseReading(Kind kind, Speaker speaker) {
    enum Kind { SPEAKER, PRONOUN, NONE }

    static final PhraseReading NONE = new PhraseReading(Kind.NONE, null);
    static final PhraseReading PRONOUN = new PhraseReading(Kind.PRONOUN, null);

    static PhraseReading of(Speaker speaker) {
        return speaker == null ? NONE : new PhraseReading(Kind.SPEAKER, speaker);
    }
}
