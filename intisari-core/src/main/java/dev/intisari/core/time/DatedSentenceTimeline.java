package dev.intisari.core.time;

import dev.intisari.model.Article;
import dev.intisari.model.Citation;
import dev.intisari.model.DateMention;
import dev.intisari.model.TimelineEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** First version: every sentence with a resolved day-precise date is an entry, ordered by date. */
public final class DatedSentenceTimeline implements TimelineBuilder {
    @Override
    public List<TimelineEntry> build(List<Article> articles) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Article a : articles) {
            for (DateMention d : a.dates()) {
                int sentence = sentenceOf(a, d.span().start());
                if (d.value() != null && d.value().length() == 10 && sentence >= 0) {
                    entries.add(new TimelineEntry(d.value(), a.sentenceText(sentence),
                            List.of(new Citation(a.id(), sentence))));
                }
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::date));
        return entries;
    }

    private static int sentenceOf(Article a, int offset) {
        for (int i = 0; i < a.sentences().size(); i++) {
            if (a.sentences().get(i).span().start() <= offset && offset < a.sentences().get(i).span().end()) {
                return i;
            }
        }
        return -1;
    }
}
