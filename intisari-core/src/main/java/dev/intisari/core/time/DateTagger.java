package dev.intisari.core.time;

import dev.intisari.model.DateMention;
import dev.intisari.model.TokenizedText;

import java.time.LocalDate;
import java.util.List;

/** Finds date expressions and resolves them against the publication date ({@code anchor}, may be null). */
public interface DateTagger {
    List<DateMention> tag(TokenizedText text, LocalDate anchor);
}
