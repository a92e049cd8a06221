package dev.intisari.core.entity;

import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Quote;
import dev.intisari.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links entities across articles by spelling key ({@link NameVariants#key}: Sergey/Sergei, Kiev/Kyiv,
 * Zelensky/Zelenskyy, AS/Amerika Serikat), then by short form: a name that some other article used as a
 * mention of a longer name (an acronym, a last name) takes that longer name when it points to exactly
 * one. Each linked entity is named by the variant table's spelling, else the spelling most articles
 * used (ties: the longer, then the alphabetically first). Pure and deterministic.
 */
public final class VariantEntityLinker implements EntityLinker {
    private final NameVariants variants;

    public VariantEntityLinker() {
        this(NameVariants.standard());
    }

    public VariantEntityLinker(NameVariants variants) {
        this.variants = variants;
    }

    @Override
    public List<Article> link(List<Article> articles) {
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        Map<String, Set<String>> aliasTargets = new HashMap<>();
        Map<String, Set<String>> lastWordTargets = new HashMap<>();
        for (Article a : articles) {
            for (Entity e : a.entities()) {
                String key = key(e.type(), e.name());
                spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(e.name(), 1, Integer::sum);
                for (Span m : e.mentions()) {
                    if (m.end() <= a.text().length()) {
                        String alias = key(e.type(), m.of(a.text()));
                        if (!alias.equals(key)) {
                            aliasTargets.computeIfAbsent(alias, k -> new HashSet<>()).add(key);
                        }
                    }
                }
                String[] words = e.name().split(" ");
                if (e.type() == EntityType.PERSON && words.length >= 2) {
                    lastWordTargets.computeIfAbsent(key(e.type(), words[words.length - 1]), k -> new HashSet<>()).add(key);
                }
            }
        }
        Map<String, String> resolved = new HashMap<>();
        for (String key : spellings.keySet()) {
            resolved.put(key, resolve(key, aliasTargets, lastWordTargets, spellings));
        }
        Map<String, String> names = new HashMap<>();
        Map<String, Map<String, Integer>> merged = new HashMap<>();
        spellings.forEach((key, counts) -> counts.forEach((name, n) ->
                merged.computeIfAbsent(resolved.get(key), k -> new TreeMap<>()).merge(name, n, Integer::sum)));
        merged.forEach((key, counts) -> names.put(key, choose(counts)));
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(rename(a, names, resolved));
        }
        return out;
    }

    private String key(EntityType type, String name) {
        return type.name() + "|" + variants.key(name);
    }

    private static String resolve(String key, Map<String, Set<String>> aliasTargets,
                                  Map<String, Set<String>> lastWordTargets, Map<String, Map<String, Integer>> spellings) {
        Set<String> targets = aliasTargets.getOrDefault(key, Set.of());
        if (targets.size() == 1) {
            return targets.iterator().next();
        }
        Set<String> byLastWord = lastWordTargets.getOrDefault(key, Set.of());
        if (targets.isEmpty() && byLastWord.size() == 1 && spellings.containsKey(byLastWord.iterator().next())) {
            return byLastWord.iterator().next();
        }
        return key;
    }

    private String choose(Map<String, Integer> counts) {
        for (String name : counts.keySet()) {
            if (variants.known(name)) {
                return variants.canonical(name);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && e.getKey().length() > best.length()) {
                best = e.getKey();
            }
        }
        return best;
    }

    private Article rename(Article a, Map<String, String> names, Map<String, String> resolved) {
        List<Entity> entities = new ArrayList<>();
        Map<String, String> renamed = new HashMap<>();
        for (Entity e : a.entities()) {
            String name = names.get(resolved.get(key(e.type(), e.name())));
            if (name == null || name.equals(e.name())) {
                entities.add(e);
            } else {
                entities.add(new Entity(e.id(), name, e.type(), e.mentions()));
                renamed.put(e.id(), name);
            }
        }
        if (renamed.isEmpty()) {
            return a;
        }
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : a.quotes()) {
            String name = q.speakerEntity() == null ? null : renamed.get(q.speakerEntity());
            quotes.add(name == null ? q : new Quote(q.id(), name, q.speakerEntity(), q.text(), q.span(), q.direct(),
                    q.cue(), q.sentence(), q.addressee(), q.place()));
        }
        return new Article(a.id(), a.source(), a.outlet(), a.url(), a.title(), a.published(), a.language(), a.flags(),
                a.text(), a.headings(), a.removed(), a.credits(), a.wire(), a.related(), a.sentences(), entities,
                quotes, a.dates(), a.keyPoints());
    }
}
