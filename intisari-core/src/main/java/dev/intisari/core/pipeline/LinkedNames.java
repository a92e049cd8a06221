package dev.intisari.core.pipeline;

import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.Entity;
import dev.intisari.model.Quote;
import dev.intisari.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Entity linking for a run that does not hold its articles: the linker sees, for each article, only what
 * linking reads (its entities' types, names and mention spellings, in a short text made of those spellings),
 * and the names it gives are kept per article and entity position, to be put into the full article when it
 * is read again. Putting them in follows the linker's contract: an entity keeps its id, type and mentions and
 * takes its new name, and a quote whose speaker is a renamed entity takes that name.
 */
final class LinkedNames {
    private final Map<Integer, String[]> renamed;

    private LinkedNames(Map<Integer, String[]> renamed) {
        this.renamed = renamed;
    }

    /** What the linker needs of {@code a}: entities with one mention per distinct spelling, and nothing else. */
    static Article slim(Article a, UnaryOperator<String> intern) {
        StringBuilder text = new StringBuilder();
        Map<String, Span> spelled = new HashMap<>();
        List<Entity> entities = new ArrayList<>(a.entities().size());
        for (Entity e : a.entities()) {
            LinkedHashSet<Span> mentions = new LinkedHashSet<>();
            for (Span m : e.mentions()) {
                if (m.end() <= a.text().length()) {
                    String surface = m.of(a.text());
                    mentions.add(spelled.computeIfAbsent(surface, s -> {
                        if (!text.isEmpty()) {
                            text.append(' ');
                        }
                        text.append(s);
                        return new Span(text.length() - s.length(), text.length());
                    }));
                }
            }
            entities.add(new Entity("", intern.apply(e.name()), e.type(), List.copyOf(mentions)));
        }
        return new Article("", "", null, null, null, null, null, List.of(), text.toString(), List.of(), List.of(),
                Credits.NONE, List.of(), List.of(), List.of(), entities, List.of(), List.of(), List.of());
    }

    /** The names the linker gave: {@code linked} is its answer for {@code slims}, in the same order. */
    static LinkedNames of(List<Article> slims, List<Article> linked) {
        Map<Integer, String[]> renamed = new HashMap<>();
        for (int i = 0; i < slims.size(); i++) {
            List<Entity> before = slims.get(i).entities();
            List<Entity> after = linked.get(i).entities();
            String[] names = null;
            for (int k = 0; k < before.size(); k++) {
                if (!before.get(k).name().equals(after.get(k).name())) {
                    if (names == null) {
                        names = new String[before.size()];
                    }
                    names[k] = after.get(k).name();
                }
            }
            if (names != null) {
                renamed.put(i, names);
            }
        }
        return new LinkedNames(renamed);
    }

    /** Article {@code position} of the run with the linked names. */
    Article apply(int position, Article a) {
        String[] names = renamed.get(position);
        if (names == null) {
            return a;
        }
        List<Entity> entities = new ArrayList<>(a.entities().size());
        Map<String, String> byId = new HashMap<>();
        for (int k = 0; k < a.entities().size(); k++) {
            Entity e = a.entities().get(k);
            if (names[k] == null) {
                entities.add(e);
            } else {
                entities.add(new Entity(e.id(), names[k], e.type(), e.mentions()));
                byId.put(e.id(), names[k]);
            }
        }
        List<Quote> quotes = new ArrayList<>(a.quotes().size());
        for (Quote q : a.quotes()) {
            String name = q.speakerEntity() == null ? null : byId.get(q.speakerEntity());
            quotes.add(name == null ? q : new Quote(q.id(), name, q.speakerEntity(), q.text(), q.span(), q.direct(),
                    q.cue(), q.sentence(), q.addressee(), q.place()));
        }
        return new Article(a.id(), a.source(), a.outlet(), a.url(), a.title(), a.published(), a.language(), a.flags(),
                a.text(), a.headings(), a.removed(), a.credits(), a.wire(), a.related(), a.sentences(), entities,
                quotes, a.dates(), a.keyPoints());
    }
}
