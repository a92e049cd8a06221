package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Within one article, joins the mentions of one entity and names it: spelling variants and repeats
 * share a key, an acronym joins its expansion, a short person name joins the longest name containing it
 * ("Peskov" -> "Dmitry Peskov"), and a role phrase ("juru bicara itu") joins the one person the article
 * tied that role to. The name is the full form, in the variant table's spelling.
 */
final class ArticleEntities {
    private static final Set<String> DEMONSTRATIVES = Set.of("itu", "tersebut");

    private final Lexicon lexicon;
    private final NameVariants variants;

    ArticleEntities(Lexicon lexicon, NameVariants variants) {
        this.lexicon = lexicon;
        this.variants = variants;
    }

    List<Entity> build(ArticleTokens t, NameRules.Found found) {
        MentionTable table = new MentionTable(t.size);
        found.mentions().forEach(table::add);
        addRepeats(t, found, table);
        List<Mention> mentions = new ArrayList<>(table.list());
        Map<Integer, Integer> byStart = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            byStart.put(mentions.get(i).start(), i);
        }
        int[] parent = new int[mentions.size() + t.size];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        String[] keys = new String[mentions.size()];
        String[] surfaces = new String[mentions.size()];
        Map<String, Integer> firstByKey = new HashMap<>();
        Map<String, String> keyOfSurface = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            surfaces[i] = t.surface(m.start(), m.end());
            keys[i] = keyOfSurface.computeIfAbsent(surfaces[i], variants::key);
            Integer first = firstByKey.putIfAbsent(keys[i], i);
            if (first != null) {
                union(parent, first, i);
            }
        }
        Map<Integer, String> expansionOf = new HashMap<>();
        for (NameRules.Acronym a : found.acronyms()) {
            Integer expansion = byStart.get(a.start());
            Integer acronym = firstByKey.get(variants.key(a.acronym()));
            if (expansion != null && acronym != null) {
                union(parent, expansion, acronym);
                expansionOf.put(expansion, t.surface(a.start(), a.end()));
            }
        }
        joinShortNames(t, mentions, parent);
        List<Mention> all = new ArrayList<>(mentions);
        addRoles(t, found, byStart, table, all, parent);
        return entities(t, all, surfaces, parent, expansionOf);
    }

    /** Later bare uses of an acronym or of a person's last name that the tagger left out. */
    private void addRepeats(ArticleTokens t, NameRules.Found found, MentionTable table) {
        Map<String, EntityType> words = new HashMap<>();
        for (NameRules.Acronym a : found.acronyms()) {
            Mention m = table.at(a.start());
            words.put(a.acronym(), m == null ? EntityType.ORGANIZATION : m.type());
        }
        for (Mention m : table.list()) {
            String last = t.words[m.end() - 1];
            if (m.type() == EntityType.PERSON && m.length() >= 2 && last.length() >= 3 && t.capitalised[m.end() - 1]) {
                words.putIfAbsent(last, EntityType.PERSON);
            }
        }
        for (int k = 0; k < t.size; k++) {
            EntityType type = words.get(t.words[k]);
            if (type != null && table.at(k) == null) {
                table.add(new Mention(k, k + 1, type));
            }
        }
    }

    private void joinShortNames(ArticleTokens t, List<Mention> mentions, int[] parent) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention shorter = mentions.get(i);
            int best = -1;
            for (int j = 0; j < mentions.size(); j++) {
                Mention longer = mentions.get(j);
                if (longer.type() != EntityType.PERSON || longer.length() <= shorter.length()
                        || (shorter.type() != EntityType.PERSON && shorter.length() > 1)
                        || !contains(t, longer, shorter)) {
                    continue;
                }
                if (best < 0 || longer.length() > mentions.get(best).length()) {
                    best = j;
                }
            }
            if (best >= 0) {
                union(parent, best, i);
            }
        }
    }

    private static boolean contains(ArticleTokens t, Mention longer, Mention shorter) {
        for (int s = longer.start(); s + shorter.length() <= longer.end(); s++) {
            boolean same = true;
            for (int k = 0; k < shorter.length() && same; k++) {
                same = t.lower[s + k] == t.lower[shorter.start() + k];
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /** Role phrases ("juru bicara itu", "sang presiden") for a role tied to exactly one person before. */
    private void addRoles(ArticleTokens t, NameRules.Found found, Map<Integer, Integer> byStart, MentionTable table,
                          List<Mention> all, int[] parent) {
        Set<Integer> titleStarts = new HashSet<>();
        found.bindings().forEach(b -> titleStarts.add(b.titleStart()));
        for (int i = 0; i < t.size; i++) {
            int m = lexicon.matchLength(t, i, GazetteerCategory.TITLE);
            if (m == 0 || titleStarts.contains(i) || table.at(i) != null) {
                continue;
            }
            boolean sang = i > 0 && t.is(i - 1, "sang");
            int end = i + m;
            boolean demonstrative = t.sameSegment(i, end) && DEMONSTRATIVES.contains(t.words[end].toLowerCase(Locale.ROOT));
            if (!sang && !demonstrative) {
                continue;
            }
            String role = t.surface(i, i + m).toLowerCase(Locale.ROOT);
            int root = -1;
            boolean unique = true;
            for (NameRules.Binding b : found.bindings()) {
                Integer person = byStart.get(b.person());
                if (b.role().equals(role) && b.titleStart() < i && person != null) {
                    int r = find(parent, person);
                    unique &= root < 0 || root == r;
                    root = r;
                }
            }
            if (root >= 0 && unique) {
                Mention role0 = new Mention(sang ? i - 1 : i, demonstrative ? end + 1 : end, EntityType.PERSON, true);
                all.add(role0);
                union(parent, root, all.size() - 1);
                i = role0.end() - 1;
            }
        }
    }

    /** The entities of the mentions; {@code surfaces} holds the text of every mention that is not a role phrase. */
    private List<Entity> entities(ArticleTokens t, List<Mention> all, String[] surfaces, int[] parent,
                                  Map<Integer, String> expansionOf) {
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Entity> out = new ArrayList<>();
        List<int[]> order = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            EnumMap<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
            Map<String, Integer> surfaceCounts = new HashMap<>();
            String expansion = null;
            String longestPerson = null;
            int longestTokens = 0;
            List<Span> spans = new ArrayList<>();
            int first = Integer.MAX_VALUE;
            for (int i : members) {
                Mention m = all.get(i);
                spans.add(new Span(t.starts[m.start()], t.ends[m.end() - 1]));
                first = Math.min(first, t.starts[m.start()]);
                if (m.role()) {
                    continue;
                }
                votes.merge(m.type(), 1, Integer::sum);
                String surface = surfaces[i];
                surfaceCounts.merge(surface, 1, Integer::sum);
                if (expansionOf.containsKey(i)) {
                    expansion = expansionOf.get(i);
                }
                if (m.type() == EntityType.PERSON && (m.length() > longestTokens
                        || m.length() == longestTokens && surface.length() > longestPerson.length())) {
                    longestTokens = m.length();
                    longestPerson = surface;
                }
            }
            if (votes.isEmpty()) {
                continue;
            }
            EntityType type = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String name = type == EntityType.PERSON && longestPerson != null ? longestPerson
                    : expansion != null ? expansion : mostFrequent(surfaceCounts);
            spans.sort(Comparator.naturalOrder());
            String canonical = variants.canonical(name);
            GazetteerCategory known = lexicon.categoryOf(canonical);
            if (known != null) {
                type = known == GazetteerCategory.LOC ? EntityType.LOCATION
                        : known == GazetteerCategory.ORG ? EntityType.ORGANIZATION : EntityType.PERSON;
            }
            out.add(new Entity("", canonical, type, spans));
            order.add(new int[] {first, out.size() - 1});
        }
        order.sort(Comparator.comparingInt(a -> a[0]));
        List<Entity> sorted = new ArrayList<>();
        for (int[] o : order) {
            Entity e = out.get(o[1]);
            sorted.add(new Entity("e" + (sorted.size() + 1), e.name(), e.type(), e.mentions()));
        }
        return sorted;
    }

    private static String mostFrequent(Map<String, Integer> surfaces) {
        return surfaces.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
