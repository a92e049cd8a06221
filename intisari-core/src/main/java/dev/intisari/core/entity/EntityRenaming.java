package dev.intisari.core.entity;

import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.Quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Puts new entity names into an article, following the linker's contract (see {@link Renaming#apply}). */
final class EntityRenaming {
    private EntityRenaming() {
    }

    /**
     * {@code a} with entity {@code k} named {@code name.apply(k, entity)}; a null or unchanged name keeps the
     * entity as it is. The same instance comes back when nothing changes.
     */
    static Article apply(Article a, BiFunction<Integer, Entity, String> name) {
        List<Entity> entities = null;
        Map<String, String> renamed = null;
        for (int k = 0; k < a.entities().size(); k++) {
            Entity e = a.entities().get(k);
            String n = name.apply(k, e);
            if (n != null && !n.equals(e.name())) {
                if (entities == null) {
                    entities = new ArrayList<>(a.entities().subList(0, k));
                    renamed = new HashMap<>();
                }
                entities.add(new Entity(e.id(), n, e.type(), e.mentions()));
                renamed.put(e.id(), n);
            } else if (entities != null) {
                entities.add(e);
            }
        }
        if (entities == null) {
            return a;
        }
        List<Quote> quotes = new ArrayList<>(a.quotes().size());
        for (Quote q : a.quotes()) {
            String n = q.speakerEntity() == null ? null : renamed.get(q.speakerEntity());
            quotes.add(n == null ? q : new Quote(q.id(), n, q.speakerEntity(), q.text(), q.span(), q.direct(),
                    q.cue(), q.sentence(), q.addressee(), q.place()));
        }
        return new Article(a.id(), a.source(), a.outlet(), a.url(), a.title(), a.published(), a.language(), a.flags(),
                a.text(), a.headings(), a.removed(), a.credits(), a.wire(), a.related(), a.sentences(), entities,
                quotes, a.dates(), a.keyPoints(), a.sentenceScores(), a.terms());
    }
}
