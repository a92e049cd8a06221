package dev.intisari.core.quote;

import dev.intisari.core.entity.CommonWords;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The persons' names of one article: its full names (trimmed where the article uses a later part alone), the
 * one-word names it uses alone, its nicknames ({@link Nicknames}) and its person entities, and how a name read in
 * a phrase becomes a person ("Peskov" → "Dmitry Peskov"). Read once by {@link #collect}; per article.
 */
final class ArticleNames {
    private final ArticleView view;
    private final Words words;
    private final List<Entity> entities;
    /** The article's person entities. */
    private final List<Entity> personEntities = new ArrayList<>();
    /** The lower-case words of {@link #personEntities}' names, split on the first name question. */
    private String[][] personWords;
    private final FullNames fullNames = new FullNames();
    private final Set<String> standalone = new HashSet<>();
    private final Set<String> repeated = new HashSet<>();
    final Nicknames nicknames;
    /** {@link #personKey} of the entities asked for, by identity (an entity's own hash reads all its mentions). */
    private final Map<Entity, String[]> personKeys = new IdentityHashMap<>();
    /** The article's name runs, read with the names. */
    private List<NameCollector.Run> runs = List.of();

    ArticleNames(ArticleView view, List<Entity> entities) {
        this.view = view;
        this.words = view.words;
        this.entities = entities;
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                personEntities.add(e);
            }
        }
        this.nicknames = new Nicknames(view, fullNames, standalone);
    }

    /**
     * Full names first (trimmed where the article uses a later part alone: "PT Dhirga Surya Ari Wibowo" and
     * "Ari mengatakan" give "Ari Wibowo"), with the nicknames given in parentheses or with "atau" after them,
     * then the nicknames introduced by a marker word. Acronyms are learnt into {@code acronyms} on the way.
     */
    void collect(Map<String, String> acronyms) {
        List<NameCollector.Run> runs = NameCollector.runs(view, acronyms);
        Set<String> once = new HashSet<>();
        for (NameCollector.Run r : runs) {
            PhraseAnalysis a = r.analysis();
            if (a.nameTo - a.nameFrom == 1 && !r.titled()) {
                String lower = words.lower(a.nameFrom);
                if (!once.add(lower)) {
                    repeated.add(lower);
                }
                if (view.sentenceInitial(a.nameFrom) || repeated.contains(lower)) {
                    standalone.add(lower);
                }
            }
        }
        for (NameCollector.Run r : runs) {
            PhraseAnalysis a = r.analysis();
            if (a.organisationFirst) {
                continue;
            }
            int from = nameStart(a);
            if ((a.nameTo - from >= 2 || r.titled()) && !view.inHeading(words.start[from])) {
                // a headline or a link in title case ("Siapa Pantas Gantikan Neymar?") completes no name
                String[] key = key(from, a.nameTo);
                // the first occurrence of a name is kept: it is the earliest, and the others add nothing
                if (!fullNames.has(key)) {
                    fullNames.add(key, NameWords.display(words, from, a.nameTo), words.start[from]);
                }
                nicknames.afterName(from, a.nameTo);
            }
        }
        this.runs = runs;
        nicknames.called();
    }

    /** The name runs read by {@link #collect}, in text order. */
    List<NameCollector.Run> runs() {
        return runs;
    }

    /** Whether the article uses the one-word name more than once without a title. */
    boolean repeated(String lower) {
        return repeated.contains(lower);
    }

    /** A one-word name seen elsewhere as a full name's part or alone at a sentence start. */
    boolean known(String lower) {
        return standalone.contains(lower) || fullNames.hasWord(lower);
    }

    /** An acronym of two to four capitals spelling the initials of a full name introduced before, or null. */
    FullNames.FullName initialled(String acronym, int position) {
        return fullNames.initialled(acronym, position);
    }

    /** Where a name after an organisation's words starts: at a word the article also uses alone ("Ari"). */
    int nameStart(PhraseAnalysis a) {
        if (a.afterOrganisation) {
            for (int k = a.nameFrom + 1; k < a.nameTo - 1; k++) {
                if (standalone.contains(words.lower(k))) {
                    return k;
                }
            }
            if (a.nameFrom > 0 && view.is(a.nameFrom - 1, QuoteLexicon.ORGANISATION_HEAD)) {
                return a.nameFrom + 1;
            }
        }
        return a.nameFrom;
    }

    /** The person named by words [from, to) at {@code position}, completed from the article's names and entities. */
    Speaker person(int from, int to, int position) {
        while (to - from > 1 && CommonWords.nominalisation(words.surface(from))) {
            from++; // "… dan Pembangunan Kewilayahan Agus Harimurti Yudhoyono": the title's field is no part of the name
        }
        String[] key = key(from, to);
        String nickname = nicknames.fullName(key);
        if (nickname != null) {
            key = nickname.toLowerCase(Locale.ROOT).split(" ");
        }
        Entity named = entityNamed(key);
        FullNames.FullName best = fullNames.holding(key, position);
        if (best != null && key.length == 1 && NameWords.usedAloneBefore(view.text, NameWords.display(words, from, to), position, 2)) {
            Entity organisation = nonPersonEntity(key[0]);
            if (organisation != null) {
                // an organisation's whole name, used alone: not completed from a run that merely holds it ("R&D
                // Grab", "Grab Indonesia"), and no person's name to repair
                return Speaker.of(organisation);
            }
            if (best.position() > position) {
                // a one-word name the article uses alone is not completed from a longer name introduced only later
                best = null;
            }
        }
        boolean runBeyondEntity = named != null && best != null && key.length == 1 && personWords()[indexOf(named)].length == 1
                && best.position() <= position && capitalisedWords(best.display());
        if (named != null && !runBeyondEntity && (best == null || FullNames.startsWith(personWords()[indexOf(named)], key)
                && !FullNames.startsWith(best.words(), key))) {
            // the entity holds every word of the name read ("Bambang" → "Bambang Sutedjo"); where it starts with
            // them and the article's capitalised run does not ("Sumber Daya Mineral Bambang Sutedjo") its boundaries
            // are surer; otherwise the article's run is ("Bernad" → "Bernad Dermawan Sutrisno", its spelling;
            // "Argo" → "Raden Prabowo Argo Yuwono"), and always when the entity is the name read and no more
            // ("Ezpeleta" → "Carmelo Ezpeleta")
            return entitySpeaker(named, position);
        }
        return new Speaker(best != null ? best.display() : NameWords.display(words, from, to), named == null ? null : named.id(), true);
    }

    /**
     * A person entity as the article writes its name: the full name of the article that holds the entity's
     * words and starts with a word the article also uses alone ("Yudhi Sadewa" → "Purbaya Yudhi Sadewa" when
     * "Purbaya menyebut …"), else the entity's canonical name.
     */
    Speaker entitySpeaker(Entity e, int position) {
        String[] key = personKey(e);
        FullNames.FullName best = key.length == 0 ? null : fullNames.holding(key, position);
        if (best == null) {
            best = fullNames.hyphenated(key, position);
            return best == null ? Speaker.of(e) : new Speaker(best.display(), e.id(), true);
        }
        String[] w = best.words();
        return w.length > key.length && standalone.contains(w[0]) && !w[0].equals(key[0])
                ? new Speaker(best.display(), e.id(), true) : Speaker.of(e);
    }

    /** The person entity whose name holds every word of {@code key}, or null. */
    Entity entityNamed(String[] key) {
        String[][] names = personWords();
        for (int i = 0; i < personEntities.size(); i++) {
            if (FullNames.contains(names[i], key)) {
                return personEntities.get(i);
            }
        }
        return null;
    }

    /** The lower-case words [from, to). */
    String[] key(int from, int to) {
        String[] key = new String[to - from];
        for (int w = from; w < to; w++) {
            key[w - from] = words.lower(w);
        }
        return key;
    }

    /** The lower-case words of an entity's name, split once per entity (one entity has many mentions). */
    private String[] personKey(Entity e) {
        return personKeys.computeIfAbsent(e, ArticleNames::nameKey);
    }

    private static String[] nameKey(Entity e) {
        List<String> key = new ArrayList<>();
        for (String w : NameWords.spaces(e.name().toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && Words.letterOrDigit(w.charAt(0))) {
                key.add(w);
            }
        }
        return key.toArray(String[]::new);
    }

    /** The index of a person entity, by identity (an entity's own equals reads all its mentions). */
    private int indexOf(Entity person) {
        for (int i = 0; i < personEntities.size(); i++) {
            if (personEntities.get(i) == person) {
                return i;
            }
        }
        return -1;
    }

    private String[][] personWords() {
        if (personWords == null) {
            personWords = new String[personEntities.size()][];
            for (int i = 0; i < personWords.length; i++) {
                // split on spaces only: "Purbaya-Menhan Sjafrie" (two names glued by the entity stage) is not "Purbaya"
                personWords[i] = NameWords.spaces(personEntities.get(i).name().toLowerCase(Locale.ROOT));
            }
        }
        return personWords;
    }

    /** Whether every word of the name starts with a capital ("Carmelo Ezpeleta", not "Olympique de Marseille"). */
    private static boolean capitalisedWords(String name) {
        for (String w : NameWords.spaces(name)) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The organisation entity of the article whose whole name is this one word, or null. */
    private Entity nonPersonEntity(String lower) {
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION && e.name().equalsIgnoreCase(lower)) {
                return e;
            }
        }
        return null;
    }
}
