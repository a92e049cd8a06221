package dev.intisari.core.quote;

/**
 * A statement found before its speaker is resolved.
 *
 * @param start      first character of the statement
 * @param end        end (exclusive) of the statement
 * @param direct     in quotation marks
 * @param cue        the cue as written, or null
 * @param mode       how the speaker is found
 * @param phraseFrom first word of the speaker phrase (mode PHRASE), else -1
 * @param phraseTo   end word of the speaker phrase
 * @param altFrom    first word of a second phrase read when the first names nobody (an apposition), else -1
 * @param altTo      end word of the second phrase
 * @param anchor     where the attribution stands (pronouns refer back from here)
 * @param addressee  to whom, or null
 * @param place      where, or null
 * @param group      pieces of one quotation split over paragraphs share a group (else -1)
 */
record Candidate(int start, int end, boolean direct, String cue, Mode mode, int phraseFrom, int phraseTo,
                 int altFrom, int altTo, int anchor, String addressee, String place, int group) {
    /** PREVIOUS: the statement points back to the previous statement's source ("kata pernyataan itu"). */
    enum Mode { PHRASE, PRONOUN, INHERIT, PREVIOUS, NONE }
}
