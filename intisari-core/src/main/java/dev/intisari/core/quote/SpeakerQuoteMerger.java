package dev.intisari.core.quote;

import dev.intisari.model.Article;
import dev.intisari.model.Quote;
import dev.intisari.model.QuoteCitation;
import dev.intisari.model.StoryQuote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** First version: merges quotes with the same speaker and the same text. */
public final class SpeakerQuoteMerger implements QuoteMerger {
    @Override
    public List<StoryQuote> merge(List<Article> articles) {
        Map<String, List<QuoteCitation>> citations = new LinkedHashMap<>();
        Map<String, Quote> firstQuote = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> outlets = new LinkedHashMap<>();
        for (Article a : articles) {
            for (Quote q : a.quotes()) {
                String key = q.speaker() + "\u0000" + q.text();
                firstQuote.putIfAbsent(key, q);
                citations.computeIfAbsent(key, k -> new ArrayList<>()).add(new QuoteCitation(a.id(), q.id()));
                outlets.computeIfAbsent(key, k -> new java.util.HashSet<>())
                        .add(Objects.requireNonNullElse(a.outlet(), a.id()));
            }
        }
        List<StoryQuote> merged = new ArrayList<>();
        firstQuote.forEach((key, q) -> merged.add(
                new StoryQuote(q.speaker(), q.text(), citations.get(key), outlets.get(key).size())));
        return merged;
    }
}
