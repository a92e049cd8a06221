package dev.intisari.core.time;

import dev.intisari.model.DateMention;
import dev.intisari.model.TokenizedText;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds Indonesian date expressions with hand-written rules over word lists ({@code months.tsv},
 * {@code weekdays.tsv}, {@code numbers.tsv}, {@code units.tsv}, {@code cues.tsv}) and resolves them against
 * the publication date. Absolute dates ("27 Maret 2017") resolve without an anchor; relative ones
 * ("kemarin", "Senin (27/3)", "bulan lalu") get a null value when the anchor is null. Durations ("selama dua
 * pekan", "42 bulan") and times of day are not dates. The rules are described in docs/time.md.
 * Thread-safe: the word lists are read once and never change.
 */
public final class RuleDateTagger implements DateTagger {
    private final DateLexicon lexicon = DateLexicon.STANDARD;

    @Override
    public List<DateMention> tag(TokenizedText text, LocalDate anchor) {
        return tag(text.text(), anchor);
    }

    /** The same on a bare string (the tokens of {@link TokenizedText} are not needed). */
    public List<DateMention> tag(String text, LocalDate anchor) {
        return new DateScanner(text, anchor, lexicon).scan();
    }
}
