package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
    /** Words before a role that make it several people ("para gubernur tersebut", "bupati dan wakil bupati itu"). */
    private static final Set<String> PLURAL_BEFORE = Set.of("para", "dan", "atau", "serta", "kedua", "ketiga",
            "keempat", "sejumlah", "beberapa");

    private final Lexicon lexicon;
    private final NameVariants variants;
    private final HyphenPairs pairs;
    private final ShortOrganisations shortOrganisations;

    ArticleEntities(Lexicon lexicon, NameVariants variants) {
        this.lexicon = lexicon;
        this.variants = variants;
        this.pairs = new HyphenPairs(lexicon, variants);
        this.shortOrganisations = new ShortOrganisations(lexicon);
    }

    List<Entity> build(ArticleTokens t, NameRules.Found found) {
        MentionTable table = new MentionTable(t.size);
        for (Mention m : found.mentions()) {
            Mention balanced = Brackets.balanced(t, m);
            if (balanced != null) {
                table.add(balanced);
            }
        }
        RepeatedMentions.add(t, lexicon, found, table);
        List<Mention> mentions = table.list();
        // the index of the mention starting at each token, or -1 (the table's mentions never overlap)
        int[] byStart = new int[t.size];
        Arrays.fill(byStart, -1);
        for (int i = 0; i < mentions.size(); i++) {
            byStart[mentions.get(i).start()] = i;
        }
        int[] parent = new int[mentions.size() + t.size];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        String[] surfaces = new String[mentions.size()];
        Map<String, Integer> firstByKey = new HashMap<>();
        Map<String, String> keyOfSurface = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            surfaces[i] = t.surface(m.start(), m.end());
            String key = keyOfSurface.get(surfaces[i]);
            if (key == null) {
                key = variants.key(surfaces[i]);
                keyOfSurface.put(surfaces[i], key);
            }
            Integer first = firstByKey.putIfAbsent(key, i);
            if (first != null) {
                union(parent, first, i);
            }
        }
        String[] expansionOf = new String[mentions.size()];
        for (NameRules.Acronym a : found.acronyms()) {
            int expansion = a.start() < t.size ? byStart[a.start()] : -1;
            Integer acronym = firstByKey.get(variants.key(a.acronym()));
            if (expansion >= 0 && acronym != null) {
                union(parent, expansion, acronym);
                expansionOf[expansion] = t.surface(a.start(), a.end());
            }
        }
        joinShortNames(t, mentions, parent);
        shortOrganisations.join(t, mentions, surfaces, parent, expansionOf);
        joinBracketedNames(t, mentions, byStart, parent);
        List<Mention> all = new ArrayList<>(mentions);
        addRoles(t, found, byStart, table, all, parent);
        return entities(t, all, surfaces, parent, expansionOf);
    }

    private void joinShortNames(ArticleTokens t, List<Mention> mentions, int[] parent) {
        int[] persons = new int[mentions.size()];
        int count = 0;
        for (int j = 0; j < mentions.size(); j++) {
            Mention m = mentions.get(j);
            if (m.type() == EntityType.PERSON && m.length() >= 2) {
                persons[count++] = j;
            }
        }
        for (int i = 0; i < mentions.size() && count > 0; i++) {
            Mention shorter = mentions.get(i);
            if (shorter.type() != EntityType.PERSON && shorter.length() > 1) {
                continue;
            }
            // "Prabowo" in an article naming Presiden Prabowo Subianto and Kapolri Listyo Sigit Prabowo: a name that
            // starts with the one word is preferred to a name of three words or more that ends with it, then the longest
            int best = -1;
            int bestLength = 0;
            boolean bestStarts = false;
            boolean bestEnds = false;
            for (int p = 0; p < count; p++) {
                Mention longer = mentions.get(persons[p]);
                if (longer.length() <= shorter.length() || !contains(t, longer, shorter)) {
                    continue;
                }
                boolean starts = shorter.length() == 1 && t.lower[longer.start()] == t.lower[shorter.start()];
                boolean ends = shorter.length() == 1 && longer.length() >= 3
                        && t.lower[longer.end() - 1] == t.lower[shorter.start()];
                if (best < 0 || starts && !bestStarts && bestEnds || longer.length() > bestLength
                        && !(bestStarts && !starts && ends)) {
                    best = persons[p];
                    bestLength = longer.length();
                    bestStarts = starts;
                    bestEnds = ends;
                }
            }
            if (best >= 0) {
                union(parent, best, i);
            }
        }
    }

    /** Most words a bracketed nickname may have. */
    private static final int NICKNAME_WORDS = 3;

    /**
     * "Menteri Sosial Saifullah Yusuf (Gus Ipul)", "Basuki Tjahaja Purnama (Ahok)": a person's name of two
     * words or more right before brackets that hold only capitalised words ending in a person's name is the
     * same person under the name the article will use after; the longer name names the entity.
     */
    private static void joinBracketedNames(ArticleTokens t, List<Mention> mentions, int[] byStart, int[] parent) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention full = mentions.get(i);
            int open = full.end();
            if (full.type() != EntityType.PERSON || full.length() < 2 || open + 2 >= t.size
                    || !t.words[open].equals("(")) {
                continue;
            }
            int close = open + 1;
            while (close < t.size && close - open <= NICKNAME_WORDS && t.capitalised[close] && t.isWord(close)) {
                close++;
            }
            if (close == open + 1 || close >= t.size || !t.words[close].equals(")")) {
                continue;
            }
            for (int k = open + 1; k < close; k++) {
                int j = byStart[k];
                if (j >= 0 && mentions.get(j).type() == EntityType.PERSON && mentions.get(j).end() == close) {
                    union(parent, i, j);
                    break;
                }
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
    private void addRoles(ArticleTokens t, NameRules.Found found, int[] byStart, MentionTable table,
                          List<Mention> all, int[] parent) {
        Set<Integer> titleStarts = new HashSet<>();
        found.bindings().forEach(b -> titleStarts.add(b.titleStart()));
        int titleEnd = 0;
        for (int i = 0; i < t.size; i++) {
            if (t.heads[i] < 0) {
                continue; // no gazetteer phrase, so no title, starts here
            }
            int m = lexicon.matchLength(t, i, GazetteerCategory.TITLE);
            boolean inner = i < titleEnd; // "bupati" inside "wakil bupati" is not the Bupati's role
            titleEnd = Math.max(titleEnd, i + m);
            if (m == 0 || inner || titleStarts.contains(i) || table.at(i) != null
                    || i > 0 && PLURAL_BEFORE.contains(t.words[i - 1].toLowerCase(Locale.ROOT))) {
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
            for (TitleBinding.Binding b : found.bindings()) {
                int person = b.person() >= 0 && b.person() < t.size ? byStart[b.person()] : -1;
                if (b.role().equals(role) && b.titleStart() < i && person >= 0) {
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
                                  String[] expansionOf) {
        int n = all.size();
        // the members of each group in ascending order, chained: head[root] -> next[i] -> ... -> -1
        int[] head = new int[n];
        int[] tail = new int[n];
        int[] next = new int[n];
        Arrays.fill(head, -1);
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            next[i] = -1;
            if (head[r] < 0) {
                head[r] = i;
            } else {
                next[tail[r]] = i;
            }
            tail[r] = i;
        }
        EntityType[] types = EntityType.values();
        int[] votes = new int[types.length];
        List<Entity> out = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (head[r] < 0) {
                continue;
            }
            Arrays.fill(votes, 0);
            boolean voted = false;
            boolean initials = false;
            Map<String, Integer> surfaceCounts = new HashMap<>();
            String expansion = null;
            String longestPerson = null;
            int longestTokens = 0;
            List<Span> spans = new ArrayList<>();
            int first = Integer.MAX_VALUE;
            for (int i = head[r]; i >= 0; i = next[i]) {
                Mention m = all.get(i);
                spans.add(new Span(t.starts[m.start()], t.ends[m.end() - 1]));
                first = Math.min(first, t.starts[m.start()]);
                if (m.role()) {
                    continue;
                }
                votes[m.type().ordinal()]++;
                voted = true;
                initials |= m.type() == EntityType.PERSON && m.length() == 1 && Initials.at(t, m.start());
                String surface = surfaces[i];
                surfaceCounts.merge(surface, 1, Integer::sum);
                if (expansionOf[i] != null) {
                    expansion = expansionOf[i];
                }
                if (m.type() == EntityType.PERSON && (m.length() > longestTokens
                        || m.length() == longestTokens && surface.length() > longestPerson.length())) {
                    longestTokens = m.length();
                    longestPerson = surface;
                }
            }
            if (!voted) {
                continue;
            }
            EntityType type = types[0];
            for (int k = 1; k < types.length; k++) {
                if (votes[k] > votes[type.ordinal()]) {
                    type = types[k];
                }
            }
            String name = type == EntityType.PERSON && longestPerson != null ? longestPerson
                    : expansion != null ? expansion : mostFrequent(surfaceCounts);
            spans.sort(Comparator.naturalOrder());
            if (initials && type == EntityType.PERSON) {
                // "berinisial MA (13)": a person's initials, not the body the gazetteer knows by those letters
                out.add(new Entity("", name, type, spans));
                continue;
            }
            String canonical = variants.canonical(name);
            GazetteerCategory known = lexicon.categoryOf(canonical);
            if (known == null && type == EntityType.PERSON && canonical.indexOf(' ') < 0
                    && CaseProfile.shipped().mostlyLowercase(TokenHash.lower(canonical))) {
                // one common word ("Infrastruktur" of a title, "Susunan" of a line-up) is no person's name
                continue;
            }
            if (known != null) {
                type = known == GazetteerCategory.LOC ? EntityType.LOCATION
                        : known == GazetteerCategory.ORG ? EntityType.ORGANIZATION : EntityType.PERSON;
            }
            out.add(new Entity("", canonical, type, spans));
        }
        pairs.split(t.text, out);
        // ids in order of first mention (each entity's spans are sorted, and no two entities share a start)
        out.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        List<Entity> numbered = new ArrayList<>(out.size());
        for (Entity e : out) {
            numbered.add(new Entity("e" + (numbered.size() + 1), e.name(), e.type(), e.mentions()));
        }
        return numbered;
    }

    /** The commonest surface; ties to the longer one, then to the first in alphabetical order. */
    private static String mostFrequent(Map<String, Integer> surfaces) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
            String s = e.getKey();
            int count = e.getValue();
            if (best == null || count > bestCount || count == bestCount && (s.length() > best.length()
                    || s.length() == best.length() && s.compareTo(best) < 0)) {
                best = s;
                bestCount = count;
            }
        }
        return best;
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
