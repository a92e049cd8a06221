package dev.intisari.core.time;

import dev.intisari.model.DateMention;
import dev.intisari.model.TokenizedText;

import java.time.LocalDate;
import java.util.List;

/** First version: finds nothing. */
public final class RuleDateTagger implements DateTagger {
    @Override
    public List<DateMention> tag(TokenizedText text, LocalDate anchor) {
        return List.of();
    }
}
