package dev.intisari.core.entity;

import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
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
        NameTally tally = tally();
        articles.forEach(tally::add);
        Renaming renaming = tally.renaming();
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(renaming.apply(a));
        }
        return out;
    }

    /** Counts names and spellings only, so its memory grows with the distinct names, not the articles. */
    @Override
    public NameTally tally() {
        return new Counts();
    }

    /** What linking reads of the articles added: spellings per key and the keys short forms point to. */
    private final class Counts implements NameTally {
        private final Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        private final Map<String, Set<String>> aliasTargets = new HashMap<>();
        private final Map<String, Set<String>> lastWordTargets = new HashMap<>();
        private final Map<String, String> keys = new HashMap<>();

        @Override
        public void add(Article a) {
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
                    lastWordTargets.computeIfAbsent(key(e.type(), words[words.length - 1]), k -> new HashSet<>())
                            .add(key);
                }
            }
        }

        private String key(EntityType type, String name) {
            String spelled = type.name() + "|" + name;
            String key = keys.get(spelled);
            if (key == null) {
                key = VariantEntityLinker.this.key(type, name);
                keys.put(spelled, key);
            }
            return key;
        }

        @Override
        public Renaming renaming() {
            Map<String, String> resolved = new HashMap<>();
            for (String key : spellings.keySet()) {
                resolved.put(key, resolve(key, aliasTargets, lastWordTargets, spellings));
            }
            Map<String, Map<String, Integer>> merged = new HashMap<>();
            spellings.forEach((key, counts) -> counts.forEach((name, n) ->
                    merged.computeIfAbsent(resolved.get(key), k -> new TreeMap<>()).merge(name, n, Integer::sum)));
            Map<String, String> names = new HashMap<>();
            merged.forEach((key, counts) -> names.put(key, choose(counts)));
            Map<String, String> renamed = new HashMap<>();
            spellings.forEach((key, counts) -> {
                String type = key.substring(0, key.indexOf('|') + 1);
                String chosen = names.get(resolved.get(key));
                counts.keySet().forEach(name -> {
                    if (!name.equals(chosen)) {
                        renamed.put(type + name, chosen);
                    }
                });
            });
            return a -> EntityRenaming.apply(a, (k, e) -> renamed.get(e.type().name() + "|" + e.name()));
        }
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
}
