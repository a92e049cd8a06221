package dev.intisari.core.entity;

import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@link VariantEntityLinker}'s tally: what linking reads of the articles added (spellings per key, the keys
 * short forms point to, last words), so its memory grows with the distinct names, not the articles. It is
 * serialisable, so a store can keep it between ingest runs; it reads back with the shipped variant table and
 * refuses to read back when that table changed since it was written (its keys would no longer match).
 */
final class NameCounts implements NameTally, Serializable {
    /**
     * 2: keys of names under four letters are no longer folded (session 11); 3: ranked keys (session 12); 4: each
     * person key's context, the article count, short words apart from acronyms (session 18); 5: each context counts
     * the articles per company key (session 19); 6: an organisation's or place's key reads each word the variant table
     * knows as its canonical spelling (session 20); 7: the titles written before each person key's mentions (session 22).
     */
    private static final long serialVersionUID = 7L;
    /** How many short-form links are followed from one key ("Anies" → "Anies Baswedan" → …); bounds a cycle. */
    private static final int MAX_HOPS = 3;
    /** Marks the key of a short name that is no acronym (a mark {@link NameVariants#plain} never leaves in a key). */
    static final String WORD_MARK = "'";
    static final String PERSON = EntityType.PERSON.name() + "|";
    /**
     * A short form that at least this many articles wrote for one longer name, and nearly only for it ({@link
     * #FAMOUS_SHARE}), is the corpus's way of naming that person ("Prabowo", "Purbaya"): a lone use of it in unrelated
     * company links when any name of the article ties it, however common ({@link #FAMOUS_LIFT}).
     */
    static final int FAMOUS_ARTICLES = 10;
    static final double FAMOUS_SHARE = 0.9;
    /** The lift a company name needs to tie a famous short form to its longer name ({@link SharedContext#tied}). */
    static final double FAMOUS_LIFT = 1.5;
    /** The fewest articles of a longer name that must write a title before it for the title to tie ({@link #titled}). */
    static final int TITLE_ARTICLES = 2;
    /** How many times more often than all articles a longer name's articles must write a title to tie. */
    static final double TITLE_LIFT = 4.0;
    /** Words that open an organisation's name before the name itself ({@code org-designators.tsv}). */
    static final Set<String> DESIGNATORS = Lexicon.readLines("org-designators.tsv", false).stream()
            .map(line -> line.substring(line.indexOf('\t') + 1).strip()).collect(Collectors.toUnmodifiableSet());

    private transient NameVariants variants;
    /** The variant table the keys were made with. */
    private final long table;
    private final Map<String, Map<String, Integer>> spellings = new TreeMap<>();
    /** Per short-form key, the longer names' keys it was used for, with the number of articles. */
    private final Map<String, Map<String, Integer>> aliasTargets = new HashMap<>();
    /** Keys of which some spelling is in the variant table: their meaning is the table's. */
    private final Set<String> anchored = new HashSet<>();
    private final Map<String, Set<String>> lastWordTargets = new HashMap<>();
    /** Person keys that some article wrote right after a rank ("Kombes Yusri Yunus"). */
    private final Set<String> ranked = new HashSet<>();
    /**
     * Per person key, the keys of the other entities of the articles that named it, with the number of those articles
     * ({@link SharedContext}).
     */
    private final Map<String, Map<String, Integer>> contexts = new HashMap<>();
    /** Per person key, the titles written right before its mentions ({@link Titles}), with the number of articles. */
    private final Map<String, Map<String, Integer>> titles = new HashMap<>();
    /** Per title, the articles that wrote it right before some person's mention. */
    private final Map<String, Integer> titleArticles = new HashMap<>();
    private int articles;
    /** Keys already computed, per type by spelling (rebuilt after reading; no joined string made per look-up). */
    private transient Map<EntityType, Map<String, String>> keys = new EnumMap<>(EntityType.class);

    NameCounts(NameVariants variants) {
        this.variants = variants;
        this.table = variants.fingerprint();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        variants = NameVariants.standard();
        if (variants.fingerprint() != table) {
            throw new InvalidObjectException("the variant table changed since these names were counted");
        }
        keys = new EnumMap<>(EntityType.class);
    }

    @Override
    public void add(Article a) {
        articles++;
        Set<String> present = articleKeys(a);
        for (String key : present) {
            if (key.startsWith(PERSON)) {
                Map<String, Integer> context = contexts.computeIfAbsent(key, k -> new HashMap<>());
                present.forEach(k -> {
                    if (!k.equals(key)) {
                        context.merge(k, 1, Integer::sum);
                    }
                });
            }
        }
        Map<String, Set<String>> titled = new HashMap<>();
        Map<String, String> firstWords = firstWords(a);
        for (Entity e : a.entities()) {
            String key = key(e.type(), e.name());
            if (e.type() == EntityType.PERSON) {
                Set<String> before = Titles.before(a.text(), e);
                if (!before.isEmpty()) {
                    titled.computeIfAbsent(key, k -> new HashSet<>()).addAll(before);
                }
            }
            spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(e.name(), 1, Integer::sum);
            if (variants.known(e.name())) {
                anchored.add(key);
            }
            Set<String> aliases = new HashSet<>();
            for (Span m : e.mentions()) {
                if (m.end() <= a.text().length()) {
                    aliases.add(key(e.type(), m.of(a.text())));
                }
            }
            String bare = e.type() == EntityType.ORGANIZATION ? undesignated(e.name()) : null;
            if (bare != null) {
                aliases.add(key(e.type(), bare));
            }
            aliases.remove(key);
            String opened = e.type() == EntityType.PERSON ? ShortForms.opened(key, firstWords) : null;
            if (opened != null) {
                // "Sandi" beside "Sandiaga Uno": the article's nickname of the full name
                aliasTargets.computeIfAbsent(key, k -> new TreeMap<>()).merge(opened, 1, Integer::sum);
            }
            for (String alias : aliases) {
                aliasTargets.computeIfAbsent(alias, k -> new TreeMap<>()).merge(key, 1, Integer::sum);
            }
            if (e.type() == EntityType.PERSON && Ranks.before(a.text(), e)) {
                ranked.add(key);
            }
            String[] words = e.name().split(" ");
            if (e.type() == EntityType.PERSON && words.length >= 2) {
                lastWordTargets.computeIfAbsent(key(e.type(), words[words.length - 1]), k -> new HashSet<>())
                        .add(key);
            }
        }
        Set<String> written = new HashSet<>();
        titled.forEach((key, words) -> {
            Map<String, Integer> counts = titles.computeIfAbsent(key, k -> new HashMap<>());
            words.forEach(w -> counts.merge(w, 1, Integer::sum));
            written.addAll(words);
        });
        written.forEach(w -> titleArticles.merge(w, 1, Integer::sum));
    }

    /** Per key of a person named with two words or more in {@code a}, its first word's key. */
    private Map<String, String> firstWords(Article a) {
        Map<String, String> firstWords = new HashMap<>();
        for (Entity e : a.entities()) {
            int space = e.name().indexOf(' ');
            if (e.type() == EntityType.PERSON && space > 0) {
                firstWords.put(key(e.type(), e.name()), variants.key(e.name().substring(0, space)));
            }
        }
        return firstWords;
    }

    /** The keys of an article's entities. */
    private Set<String> articleKeys(Article a) {
        Set<String> present = new HashSet<>();
        for (Entity e : a.entities()) {
            present.add(key(e.type(), e.name()));
        }
        return present;
    }

    private String key(EntityType type, String name) {
        Map<String, String> ofType = keys.computeIfAbsent(type, t -> new HashMap<>());
        String key = ofType.get(name);
        if (key == null) {
            String folded = type == EntityType.PERSON ? variants.key(name) : variants.compoundKey(name);
            if (folded.length() < 4 && !NameVariants.acronym(name) && !variants.known(name)) {
                // a short word in lower case is not the acronym of its letters: "Mi" (noodles), "An" are not "MI", "AN"
                folded += WORD_MARK;
            }
            key = type.name() + "|" + folded;
            ofType.put(name, key);
        }
        return key;
    }

    @Override
    public Renaming renaming() {
        SharedContext shared = new SharedContext(spellings, articles, SharedContext.COMMON_SHARE);
        SharedContext inArticle = new SharedContext(spellings, articles, SharedContext.ARTICLE_COMMON_SHARE);
        Map<String, String> resolved = new HashMap<>();
        // per key kept apart by its company, the longer name it would have taken: an article that writes it after
        // one of that name's titles still joins it
        Map<String, String> held = new HashMap<>();
        for (String key : spellings.keySet()) {
            String to = anchored.contains(key) ? key
                    : ShortForms.resolve(key, aliasTargets, lastWordTargets, spellings);
            if (!to.equals(key) && shared.apart(keysOf(key), keysOf(to))
                    && !shared.tied(keysOf(key), contexts.get(to), to, lift(key, to))) {
                // "Sugiharto" of the e-KTP trial is not the "Steven Antonius Sugiharto" of a Malang article
                held.put(key, to);
                to = key;
            }
            resolved.put(key, to);
        }
        // a short form's longer name may itself be the short form of a longer one ("Anies" → "Anies Baswedan" →
        // "Anies Rasyid Baswedan"): the short form goes where its longer name goes
        Map<String, String> direct = new HashMap<>(resolved);
        resolved.replaceAll((key, to) -> {
            for (int hops = 0; hops < MAX_HOPS && !direct.getOrDefault(to, to).equals(to); hops++) {
                to = direct.get(to);
            }
            return to;
        });
        Map<String, Map<String, Integer>> merged = new HashMap<>();
        spellings.forEach((key, counts) -> counts.forEach((name, n) ->
                merged.computeIfAbsent(resolved.get(key), k -> new TreeMap<>()).merge(name, n, Integer::sum)));
        Map<String, String> names = new HashMap<>();
        merged.forEach((key, counts) -> names.put(key, choose(key, counts)));
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
        return a -> {
            Set<String> present = articleKeys(a);
            return EntityRenaming.apply(a, (k, e) -> {
                String target = renamed.get(e.type().name() + "|" + e.name());
                if (target != null && NameVariants.acronym(e.name())
                        && (Initials.written(a.text(), e) || Initials.listed(a, e))) {
                    // "pelaku berinisial MA (29)" is one unnamed suspect, not the Mahkamah Agung; nor is the "MA" of
                    // "DS, ARH, ZF dan MA"
                    return null;
                }
                if (e.type() != EntityType.PERSON || e.name().indexOf(' ') >= 0) {
                    return target;
                }
                String own = key(e.type(), e.name());
                String to = resolved.get(own);
                if (target == null) {
                    to = held.get(own);
                    if (to == null || !titled(Titles.before(a.text(), e), to)) {
                        return null;
                    }
                    // "Letkol Teddy" among unrelated names is the Letkol Teddy Indra Wijaya of other articles
                    target = names.get(resolved.get(to));
                    if (target == null || target.equals(e.name())) {
                        return null;
                    }
                }
                if (!ranked.contains(key(e.type(), target)) && Ranks.before(a.text(), e)) {
                    // "Iptu Haris" is not the activist "Haris Azhar" another article named without a rank
                    return null;
                }
                if (!to.equals(own) && inArticle.apart(present, own, keysOf(to))
                        && !inArticle.tied(without(present, own), contexts.get(to), to, lift(own, to))
                        && !titled(Titles.before(a.text(), e), to)) {
                    // a "Kevin" among the Jonas Brothers is not the badminton player of the sports pages
                    return null;
                }
                return target;
            });
        };
    }

    /**
     * Whether one of {@code own} (the titles before a short name's mentions in its article) is telling for the longer
     * name {@code to}: at least {@link #TITLE_ARTICLES} of its articles wrote it before its mentions, and at least
     * {@link #TITLE_LIFT} times as often as all articles wrote it before anyone's ("Letkol" before Teddy Indra Wijaya
     * in 3 of his 10 detik articles, before some person in 12 of 1,000: 25 times; "Presiden" or "Pak" before a name
     * that every article writes with them ties no one in particular).
     */
    private boolean titled(Set<String> own, String to) {
        Map<String, Integer> counts = titles.get(to);
        if (own.isEmpty() || counts == null) {
            return false;
        }
        int toArticles = 0;
        for (int n : spellings.getOrDefault(to, Map.of()).values()) {
            toArticles += n;
        }
        for (String title : own) {
            int together = counts.getOrDefault(title, 0);
            if (together >= TITLE_ARTICLES
                    && together * (double) articles >= TITLE_LIFT * toArticles * titleArticles.getOrDefault(title, 0)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> keysOf(String key) {
        Map<String, Integer> context = contexts.get(key);
        return context == null ? null : context.keySet();
    }

    private static Set<String> without(Set<String> keys, String key) {
        Set<String> rest = new HashSet<>(keys);
        rest.remove(key);
        return rest;
    }

    /**
     * The lift a company name needs to tie {@code key} to {@code to}: {@link #FAMOUS_LIFT} when {@code key} is the
     * corpus's short form of {@code to} (at least {@link #FAMOUS_ARTICLES} articles and {@link #FAMOUS_SHARE} of its
     * uses as a short form), else {@link SharedContext#TIE_LIFT}.
     */
    private double lift(String key, String to) {
        Map<String, Integer> targets = aliasTargets.getOrDefault(key, Map.of());
        int forTarget = targets.getOrDefault(to, 0);
        int all = 0;
        for (int n : targets.values()) {
            all += n;
        }
        return forTarget >= FAMOUS_ARTICLES && forTarget >= FAMOUS_SHARE * all ? FAMOUS_LIFT : SharedContext.TIE_LIFT;
    }

    /** "Golkar" for "Partai Golkar": the name without its leading designator word, or null. */
    static String undesignated(String name) {
        int space = name.indexOf(' ');
        return space > 0 && space < name.length() - 1 && DESIGNATORS.contains(name.substring(0, space))
                ? name.substring(space + 1) : null;
    }

    /**
     * The name of a linked group: the variant table's spelling, else the spelling most of its entities carry (ties:
     * the longer, then the alphabetically first). A person is named by a full name instead when the commonest spelling
     * is one word and the group holds a spelling of two words or more that it ends ("Antonio Rudiger" for "Rudiger")
     * or, of two words, opens ("Yusril" and "Munafri Arifuddin" for "Munafri"), with no other word that news writes
     * in lower case more often than not ("Keberadaan Casemiro", "Mobil Arina" are a common word glued to the name),
     * provided some article wrote the short form for the group's own full name (a short form joined by its last word
     * alone, "Fitriani" to "Dian Fitriani", keeps the vote).
     */
    private String choose(String group, Map<String, Integer> counts) {
        for (String name : counts.keySet()) {
            if (variants.known(name)) {
                return variants.canonical(name);
            }
        }
        String best = best(counts, null);
        if (group.startsWith(PERSON) && best.indexOf(' ') < 0
                && aliasTargets.getOrDefault(key(EntityType.PERSON, best), Map.of()).containsKey(group)) {
            String full = best(counts, best);
            return full == null ? best : full;
        }
        return best;
    }

    /** The commonest spelling (ties: the longer), or with {@code shortForm} the commonest full name of it; or null. */
    private String best(Map<String, Integer> counts, String shortForm) {
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if ((shortForm == null || fullNameOf(e.getKey(), shortForm)) && (best == null
                    || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && e.getKey().length() > best.length())) {
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * Whether {@code name} is a full name that ends in {@code shortForm} or, of two words, opens with it, or whose
     * first word {@code shortForm} opens as a nickname ("Indrodjojo Kusumonegoro" for "Indro").
     */
    private boolean fullNameOf(String name, String shortForm) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return false;
        }
        String key = variants.key(shortForm);
        String first = variants.key(words[0]);
        int at = variants.key(words[words.length - 1]).equals(key) ? words.length - 1
                : words.length == 2 && first.equals(key) ? 0
                : key.length() >= ShortForms.NICKNAME_LETTERS && first.length() > key.length() && first.startsWith(key)
                ? 0 : -1;
        if (at < 0) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (i != at && CaseProfile.shipped().oftenLowercase(TokenHash.lower(words[i]))) {
                return false;
            }
        }
        return true;
    }
}
