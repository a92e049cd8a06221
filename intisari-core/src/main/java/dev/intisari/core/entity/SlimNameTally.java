package dev.intisari.core.entity;

import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.Entity;
import dev.intisari.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The tally any {@link EntityLinker} can use: it keeps, per article, only what linking reads (entities with
 * one mention per distinct spelling, in a short text made of those spellings) and links those slim copies
 * when asked. Its memory grows with the articles; a linker that can count instead overrides
 * {@link EntityLinker#tally()}.
 */
final class SlimNameTally implements NameTally {
    private final EntityLinker linker;
    private final List<String> ids = new ArrayList<>();
    private final List<Article> slims = new ArrayList<>();
    private final Map<String, String> interned = new HashMap<>();

    SlimNameTally(EntityLinker linker) {
        this.linker = linker;
    }

    @Override
    public void add(Article analysed) {
        ids.add(analysed.id());
        slims.add(slim(analysed));
    }

    @Override
    public Renaming renaming() {
        List<Article> linked = linker.link(slims);
        Map<String, String[]> renamed = new HashMap<>();
        for (int i = 0; i < slims.size(); i++) {
            List<Entity> before = slims.get(i).entities();
            List<Entity> after = linked.get(i).entities();
            String[] names = new String[before.size()];
            boolean any = false;
            for (int k = 0; k < before.size(); k++) {
                if (!before.get(k).name().equals(after.get(k).name())) {
                    names[k] = after.get(k).name();
                    any = true;
                }
            }
            if (any) {
                renamed.put(ids.get(i), names);
            }
        }
        return a -> {
            String[] names = renamed.get(a.id());
            return names == null ? a : EntityRenaming.apply(a, (k, e) -> k < names.length ? names[k] : null);
        };
    }

    private Article slim(Article a) {
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
            entities.add(new Entity("", interned.computeIfAbsent(e.name(), n -> n), e.type(), List.copyOf(mentions)));
        }
        return new Article("", "", null, null, null, null, null, List.of(), text.toString(), List.of(), List.of(),
                Credits.NONE, List.of(), List.of(), List.of(), entities, List.of(), List.of(), List.of());
    }
}
