package dev.intisari.core.cluster;

import dev.intisari.model.Article;
import dev.intisari.model.Quote;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who an article is mainly about, as an event key ({@link EventSignals.Kind#ACTORS}): the speaker its quote stage
 * attributes the most statements to ({@code a:saifullah yusuf}; ties: the first quoted), by the canonical name of
 * the entity stage in lower case, so "Gus Ipul" and "Saifullah Yusuf" give one key when the linker joined them.
 * An article without an attributed statement has none. (The first person of the lead and a second speaker were
 * measured as actors too and lost on the IndoSum tune half: docs/grouping.md, session 19.)
 */
final class MainActors {
    private MainActors() {
    }

    static void keys(Article article, Set<String> out) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Quote q : article.quotes()) {
            String speaker = q.speaker() == null ? "" : q.speaker().strip().toLowerCase(Locale.ROOT);
            if (!speaker.isEmpty()) {
                counts.merge(speaker, 1, Integer::sum);
            }
        }
        String top = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                top = e.getKey();
                most = e.getValue();
            }
        }
        if (top != null) {
            out.add("a:" + top);
        }
    }
}
