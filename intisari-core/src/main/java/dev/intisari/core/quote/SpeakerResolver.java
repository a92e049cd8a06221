package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns speaker phrases into speakers for one article. The phrase's own words come first (a name, completed
 * from the longest name of the article that contains it: "Peskov" → "Dmitry Peskov"; an organisation; a title);
 * the entity of the name gives its id, and the name only where the words are weaker. Titles bound to persons
 * and offices are read by {@link RoleBindings}, pronouns by {@link PronounReferents} (which holds the
 * attribution history).
 * <p>
 * Larger than usual (about 600 lines): one speaker phrase is decided by one ordered series of readings (name,
 * completed name, organisation, title with or without a place, bound role) over the same article tables, and
 * the order is the rule; the parts that stand alone already live in their own classes (RoleBindings,
 * PronounReferents, NameRepair, FullNames, LazySpeaker).
 */
final class SpeakerResolver {
    /** Gap bits: punctuation that ends a speaker phrase or a title run. */
    private static final int PHRASE_BREAK = Words.bits(",.;:()\"\u201C\u201D\n");
    /** A phrase break other than a quotation mark: "dipanggil \"Owi\"" still introduces the nickname. */
    private static final int NICKNAME_BREAK = PHRASE_BREAK & ~Words.bits("\"\u201C\u201D");
    /** Gap bits: punctuation that ends an organisation's name. */
    private static final int ORGANISATION_BREAK = Words.bits(",.(:;\"\u201C\u201D");
    /** Gap bits: punctuation inside a named organisation's run. */
    private static final int NAME_BREAK = Words.bits(",.;:(\n");
    /** Gap bits: punctuation before "atau" that ends the name. */
    private static final int CLAUSE_END = Words.bits(",.;:(");
    private final ArticleView view;
    private final Words words;
    private final QuoteLexicon lex;
    private final List<Entity> entities;
    /** The article's person entities and their names' lower-case words, split once. */
    private final List<Entity> personEntities = new ArrayList<>();
    /** The lower-case words of {@link #personEntities}' names, split on the first name question. */
    private String[][] personWords;
    private final FullNames fullNames = new FullNames();
    private final Set<String> standalone = new HashSet<>();
    private final Set<String> repeated = new HashSet<>();
    /** Nicknames given in parentheses after a name: "Joko Widodo (Jokowi)" → "jokowi" → Joko Widodo. */
    private final Map<String, String> nicknames = new HashMap<>();
    private final RoleBindings roles;
    private final PronounReferents referents;
    private final Map<String, String> acronyms = new HashMap<>();
    /** Short titles given in parentheses before a name: "menko polhukam" → Wiranto. */
    private final Map<String, LazySpeaker> shortTitles = new HashMap<>();
    /** {@link #personKey} of the entities asked for, by identity (an entity's own hash reads all its mentions). */
    private final Map<Entity, String[]> personKeys = new IdentityHashMap<>();
    /** {@link #withEntity} answers by entity (by identity) and speaker read. */
    private final Map<Entity, Map<Speaker, Speaker>> withEntity = new IdentityHashMap<>();
    /** The entity mentions, sorted on the first speaker question. */
    private EntityMentions mentions;
    private final int textLength;
    private boolean namesCollected;
    private boolean personsCollected;
    /** The article's name runs, read with the names and kept for {@link #ensurePersons}. */
    private List<NameCollector.Run> runs = List.of();

    SpeakerResolver(ArticleView view, List<Entity> entities, List<QuotedPiece> pieces) {
        this.view = view;
        this.words = view.words;
        this.lex = view.lexicon;
        this.entities = entities;
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                personEntities.add(e);
            }
        }
        this.textLength = view.text.length();
        this.roles = new RoleBindings(view);
        this.referents = new PronounReferents(view, pieces, acronyms);
    }

    private EntityMentions mentions() {
        if (mentions == null) {
            mentions = new EntityMentions(entities, textLength);
        }
        return mentions;
    }

    /** Reads the article's names on the first question about a speaker (many articles ask none). */
    private void ensureNames() {
        if (!namesCollected) {
            namesCollected = true;
            collectNames();
        }
    }

    /**
     * Reads the speaker phrase of words [from, to) found at {@code position}. The phrase's own words come
     * first: the entity stage's canonical names may lose or gain words ("Yudhi Sadewa" for "Menteri Keuangan
     * Purbaya Yudhi Sadewa") or take another spelling of the article; an entity overlapping the phrase gives
     * the speaker's id, and the speaker itself only when the words name nobody.
     */
    PhraseReading read(int from, int to, int position) {
        if (from >= to) {
            return PhraseReading.NONE;
        }
        ensureNames();
        if (to - from == 1 && to < words.size && view.is(to, QuoteLexicon.MARKER) && !breakBeforeWord(to)
                && !view.is(from, QuoteLexicon.TITLE)) {
            // "Protokol ini menekankan", "Pria itu mengatakan": one noun with a demonstrative is no name
            return PhraseReading.GROUP;
        }
        if (!shortTitles.isEmpty() && to - from <= 3 && view.is(from, QuoteLexicon.TITLE)) {
            // the short title's holder, whatever entity the recogniser made of its words ("Polhukam")
            LazySpeaker holder = shortTitles.get(String.join(" ", key(from, to)));
            if (holder != null) {
                return PhraseReading.of(holder.get());
            }
        }
        Entity entity = mentions().in(words.start[from], words.end[to - 1]);
        PhraseAnalysis a = new PhraseAnalysis(view, from, to);
        PhraseReading text = readWords(a, from, to, position);
        if ((text.kind() == PhraseReading.Kind.GROUP || text.kind() == PhraseReading.Kind.NONE) && !nicknames.isEmpty()) {
            Speaker called = calledAfter(to);
            if (called != null) {
                return PhraseReading.of(called);
            }
        }
        if (from > 0 && text.kind() == PhraseReading.Kind.SPEAKER && text.speaker().person()
                && (view.is(from - 1, QuoteLexicon.STATEMENT_NOUN) || view.is(from - 1, QuoteLexicon.STATEMENT_MODIFIER))
                && (entity == null || entity.type() != EntityType.PERSON)) {
            // the source of a release or a report ("rilis resmi Marseille", "laporan Stanford Medicine Insights")
            // is an organisation or a publication as written, not a person's name to complete or repair
            Speaker source = organisation(from, to);
            return source == null ? text : PhraseReading.of(source);
        }
        if (entity == null) {
            return text;
        }
        if (text.kind() == PhraseReading.Kind.SPEAKER) {
            if (a.hasName()) {
                // the entity of the name itself; a person entity elsewhere in the phrase that is only a title
                // word ("Head" in "Head of … Harold Donnel") is not the speaker's
                Entity own = mentions().in(words.start[a.nameFrom], words.end[a.nameTo - 1]);
                if (own == null && titleOnly(entity.name())) {
                    return text;
                }
                entity = own != null ? own : entity;
                if (own != null && own.type() == EntityType.PERSON && a.nameFrom > from
                        && view.is(a.nameFrom - 1, QuoteLexicon.PLACE_TITLE) && placeBefore(text.speaker().name(), own.name())) {
                    // "Bupati Lamongan Fadeli": after a title that takes a place, the word before the entity's
                    // name is the place
                    return PhraseReading.of(new Speaker(own.name(), own.id(), true));
                }
            }
            return PhraseReading.of(withEntity(text.speaker(), entity));
        }
        if (text.kind() == PhraseReading.Kind.PRONOUN || text.kind() == PhraseReading.Kind.DESCRIPTION || a.headNoun) {
            return text;
        }
        if (entity.type() == EntityType.PERSON && text.kind() == PhraseReading.Kind.NONE && !upperCase(entity.name())) {
            String full = nicknameOf(entity.name());
            return PhraseReading.of(full != null ? new Speaker(full, entity.id(), true)
                    : entitySpeaker(entity, words.start[from]));
        }
        // an organisation or place the words did not name as the speaker ("Politikus Partai Golkar ini") is
        // not taken as the speaker: on the development set it was wrong far more often than right
        return text;
    }

    private PhraseReading readWords(PhraseAnalysis a, int from, int to, int position) {
        if (to - from == 1 && words.capitalised(from) && words.acronym(from) && words.length(from) <= 4
                && !acronyms.containsKey(words.surface(from))) {
            // "JK" after "Wakil Presiden Jusuf Kalla": initials of a person the article named before
            FullNames.FullName initialled = fullNames.initialled(words.surface(from), position);
            if (initialled != null) {
                Entity named = entityNamed(initialled.words());
                return PhraseReading.of(new Speaker(initialled.display(), named == null ? null : named.id(), true));
            }
        }
        if (to - from == 1 && !acronyms.isEmpty() && words.capitalised(from) && acronyms.containsKey(words.surface(from))) {
            // a short form the article gave ("Unud" for "Universitas Udayana (Unud)")
            return PhraseReading.of(organisation(from, to));
        }
        if (a.organisationFirst) {
            Speaker organisation = organisation(a.organisation, to);
            return organisation == null ? PhraseReading.GROUP : PhraseReading.of(organisation);
        }
        if (a.hasName() && a.hasTitle && a.nameTo < words.size && a.nameTo <= to
                && view.is(a.nameTo, QuoteLexicon.MARKER) && !breakBeforeWord(a.nameTo)) {
            // "mantan pelatih Lazio itu": a title's place or club before a demonstrative, not a person's name
            ensurePersons();
            Speaker bound = roles.role(from, to, position);
            return bound == null && freshDescription(from, to) ? PhraseReading.DESCRIPTION : PhraseReading.of(bound);
        }
        if (a.hasName()) {
            return a.headNoun ? PhraseReading.NONE : PhraseReading.of(person(nameStart(a), a.nameTo, position));
        }
        if (a.hasPronoun) {
            return PhraseReading.PRONOUN;
        }
        if (to - from == 1 && words.capitalised(from) && knownName(from)) {
            return PhraseReading.of(person(from, to, position));
        }
        if (a.hasPluralPronoun) {
            return PhraseReading.GROUP;
        }
        if (a.hasTitle && (a.titleFirst || a.organisation < 0)) {
            ensurePersons();
            Speaker bound = roles.role(from, to, position);
            Speaker held = bound != null ? bound : roles.office(from, to);
            return held == null && freshDescription(from, to) ? PhraseReading.DESCRIPTION : PhraseReading.of(held);
        }
        if (a.organisation >= 0) {
            return PhraseReading.of(organisation(a.organisation, to));
        }
        for (int w = from; w < to; w++) {
            if (words.capitalised(w) && words.acronym(w)) {
                return PhraseReading.of(organisation(w, w + 1));
            }
        }
        // a common noun ("penyelidikan", "laporan media", "warga") is nobody in particular
        return a.hasTitle ? PhraseReading.NONE : PhraseReading.GROUP;
    }

    /**
     * The speaker read from the words, given the person entity whose mention overlaps the phrase: the entity's
     * name when the words gave one name word that the article never completes and the entity holds it and more
     * ("Peskov" → "Dmitry Peskov", a name the article may not spell out) or none of them (a nickname the entity stage linked: "Jokowi" → "Joko Widodo"); the words'
     * reading otherwise ("Purbaya Yudhi Sadewa" beats "Yudhi Sadewa", the phrase's spelling beats another).
     */
    private Speaker withEntity(Speaker read, Entity entity) {
        // an article names its speakers again and again: each pair is read once
        return withEntity.computeIfAbsent(entity, e -> new HashMap<>()).computeIfAbsent(read, r -> readWithEntity(r, entity));
    }

    private Speaker readWithEntity(Speaker read, Entity entity) {
        if (!read.person() || entity.type() != EntityType.PERSON || upperCase(entity.name())) {
            return read;
        }
        if (nicknameOf(entity.name()) != null) {
            // the article itself gave the full name of the entity's nickname ("Saifullah Yusuf atau Gus Ipul")
            return new Speaker(read.name(), entity.id(), true);
        }
        Set<String> readWords = new HashSet<>(List.of(NameWords.spaces(read.name().toLowerCase(Locale.ROOT))));
        String[] entityWords = NameWords.spaces(entity.name().toLowerCase(Locale.ROOT));
        int shared = 0;
        for (String w : entityWords) {
            if (readWords.contains(w)) {
                shared++;
            }
        }
        if (shared == 0 || readWords.size() == 1 && shared == 1 && entityWords.length > 1
                || titleTail(read.name(), entityWords)) {
            return asSpeaker(entity);
        }
        return new Speaker(read.name(), entity.id(), true);
    }

    /**
     * True when the words read end with the entity's name of two or more words and hold at least two words
     * before it: the tail of a title or an agency ran into the name ("Penanggulangan Bencana Vanaroa Josefa
     * Kauvai" for Josefa Kauvai). One word more is kept as the words read it ("Purbaya Yudhi Sadewa").
     */
    private static boolean titleTail(String read, String[] entityWords) {
        String[] r = NameWords.spaces(read.toLowerCase(Locale.ROOT));
        if (entityWords.length < 2 || r.length - entityWords.length < 2) {
            return false;
        }
        for (int i = 0; i < entityWords.length; i++) {
            if (!r[r.length - entityWords.length + i].equals(entityWords[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * "mantan penggawa Adelaide United ini", "Mantan Kepala Divisi Hukum Mabes Polri itu": a description with a
     * demonstrative whose title words the article has not used before stands for a person already in the story,
     * like a pronoun. A title used before ("seorang pejabat" … "pejabat itu") may be someone left unnamed: no.
     */
    private boolean freshDescription(int from, int to) {
        boolean demonstrative = to < words.size && view.is(to, QuoteLexicon.MARKER) && !breakBeforeWord(to);
        for (int w = from; w < to && !demonstrative; w++) {
            demonstrative = view.is(w, QuoteLexicon.MARKER);
        }
        if (!demonstrative) {
            return false;
        }
        boolean titled = false;
        for (int w = from; w < to; w++) {
            if (!view.is(w, QuoteLexicon.TITLE)) {
                continue;
            }
            titled = true;
            for (int k = 0; k < from; k++) {
                if (words.sameLower(k, w)) {
                    return false;
                }
            }
        }
        return titled;
    }

    /** Whether {@code read} is one word and then exactly {@code entityName} ("Lamongan Fadeli", "Fadeli"). */
    private static boolean placeBefore(String read, String entityName) {
        int space = read.indexOf(' ');
        return space > 0 && read.substring(space + 1).equals(entityName);
    }

    /** Whether every word of {@code name} is a title word ("Head", "Kepala Dinas"). */
    private boolean titleOnly(String name) {
        for (String w : NameWords.spaces(name.toLowerCase(Locale.ROOT))) {
            if (!lex.titles.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The full name the article gave for a nickname ("Gus Ipul", honorifics aside), or null. */
    private String nicknameOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String full = nicknames.get(lower);
        int space = lower.indexOf(' ');
        while (full == null && space > 0 && lex.honorifics.contains(lower.substring(0, space))) {
            lower = lower.substring(space + 1);
            full = nicknames.get(lower);
            space = lower.indexOf(' ');
        }
        return full;
    }

    /** "DKPP": an acronym is not a person's name, whatever the entity stage says. */
    private static boolean upperCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLowerCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where a name after an organisation's words starts: at a word the article also uses alone ("Ari"). */
    private int nameStart(PhraseAnalysis a) {
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

    /** A one-word name seen elsewhere as a full name's part or alone at a sentence start. */
    boolean knownName(int w) {
        ensureNames();
        String lower = words.lower(w);
        return standalone.contains(lower) || fullNames.hasWord(lower);
    }

    /**
     * The person a pronoun attributing the statement [from, to) refers to ({@link PronounReferents#pronoun(int,
     * int, int)}); the person mentions are read on the first such question.
     */
    Speaker pronoun(int position, int from, int to) {
        ensurePersons();
        return referents.pronoun(position, from, to);
    }

    /**
     * The person a description with a demonstrative refers to ("mantan penggawa Persija ini"): as a pronoun, but
     * never a person named in the description's own sentence (the description is that sentence's subject).
     */
    Speaker description(int position) {
        ensurePersons();
        return referents.earlier(position);
    }

    /** The source (a person or an organisation) of the previous statement, or null: "kata pernyataan itu". */
    Speaker previousSource() {
        return referents.previousSource();
    }

    /** Records that {@code speaker} (null when unknown) made a statement at {@code position}. */
    void attributed(Speaker speaker, int position) {
        referents.attributed(speaker, position);
    }

    private static Speaker asSpeaker(Entity e) {
        return new Speaker(e.name(), e.id(), e.type() == EntityType.PERSON);
    }

    private String[] key(int from, int to) {
        String[] key = new String[to - from];
        for (int w = from; w < to; w++) {
            key[w - from] = words.lower(w);
        }
        return key;
    }

    private Speaker person(int from, int to, int position) {
        String[] key = key(from, to);
        String nickname = nicknames.isEmpty() ? null : nicknames.get(String.join(" ", key));
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
                return asSpeaker(organisation);
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
    private Speaker entitySpeaker(Entity e, int position) {
        String[] key = personKey(e);
        FullNames.FullName best = key.length == 0 ? null : fullNames.holding(key, position);
        if (best == null) {
            best = fullNames.hyphenated(key, position);
            return best == null ? asSpeaker(e) : new Speaker(best.display(), e.id(), true);
        }
        String[] w = best.words();
        return w.length > key.length && standalone.contains(w[0]) && !w[0].equals(key[0])
                ? new Speaker(best.display(), e.id(), true) : asSpeaker(e);
    }

    /** The lower-case words of an entity's name, split once per entity (one entity has many mentions). */
    private String[] personKey(Entity e) {
        return personKeys.computeIfAbsent(e, SpeakerResolver::nameKey);
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

    private Entity entityNamed(String[] key) {
        String[][] names = personWords();
        for (int i = 0; i < personEntities.size(); i++) {
            if (FullNames.contains(names[i], key)) {
                return personEntities.get(i);
            }
        }
        return null;
    }

    private Speaker organisation(int from, int to) {
        int end = from;
        while (end < to && (end == from || !words.gapBeforeHas(end, ORGANISATION_BREAK))
                && (end == from || words.capitalised(end) || view.is(end, QuoteLexicon.TITLE)
                    || words.lowerEquals(end, "dan") && end + 1 < to && words.capitalised(end + 1))) {
            end++;
        }
        while (end > from + 1 && !words.capitalised(end - 1)) {
            end--;
        }
        if (end <= from + 1 && from + 1 < to && view.is(from + 1, QuoteLexicon.MARKER)) {
            // "kementerian tersebut", "Kementerian tersebut" at a sentence start: the one named before
            Speaker before = namedBefore(from);
            if (before != null || !words.capitalised(from)) {
                return before;
            }
        }
        if (!words.capitalised(from) && end <= from + 1) {
            return null;
        }
        String name = NameWords.display(words, from, Math.max(from + 1, end));
        if (Character.isLowerCase(name.charAt(0))) {
            name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        if (end - from <= 1 && acronyms.containsKey(name)) {
            name = acronyms.get(name);
        }
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.name().equalsIgnoreCase(name)) {
                return asSpeaker(e);
            }
        }
        return new Speaker(name, null, false);
    }

    /**
     * "kementerian tersebut", "klub itu": the organisation the article last named with that head word before
     * ("Kementerian Kebudayaan Prancis"), or null.
     */
    private Speaker namedBefore(int head) {
        for (int k = head - 1; k >= 0; k--) {
            if (words.capitalised(k) && k + 1 < words.size && words.capitalised(k + 1)
                    && words.sameLower(k, head) && !words.gapBeforeHas(k + 1, NAME_BREAK)) {
                return organisation(k, Math.min(words.size, k + 8));
            }
        }
        return null;
    }

    private boolean breakBeforeWord(int w) {
        return words.gapBeforeHas(w, PHRASE_BREAK);
    }

    /**
     * Full names first (trimmed where the article uses a later part alone: "PT Dhirga Surya Ari Wibowo" and
     * "Ari mengatakan" give "Ari Wibowo"), then person mentions and title bindings, then entity mentions.
     */
    private void collectNames() {
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
                nickname(from, a.nameTo);
            }
        }
        this.runs = runs;
        calledNames();
        shortTitles();
    }

    /**
     * "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam) Wiranto": a short title of one to three
     * words in parentheses right before a name stands for that person ("Menko Polhukam menambahkan").
     */
    private void shortTitles() {
        for (int w = 1; w < words.size; w++) {
            if (!words.gapBeforeHas(w, Words.CLOSE_PAREN) || !words.capitalised(w)
                    || PhraseAnalysis.classify(view, w) != PhraseAnalysis.WordClass.NAME) {
                continue;
            }
            int k = w - 1;
            while (k > 0 && w - k < 3 && !words.gapBeforeHas(k, Words.OPEN_PAREN)) {
                k--;
            }
            if (!words.gapBeforeHas(k, Words.OPEN_PAREN) || !view.is(k, QuoteLexicon.TITLE) || words.acronym(k)) {
                continue;
            }
            int end = w + 1;
            while (end < words.size && end - w < 4 && words.capitalised(end) && words.gapBeforeIsBlank(end)
                    && PhraseAnalysis.classify(view, end) == PhraseAnalysis.WordClass.NAME) {
                end++;
            }
            int nameFrom = w;
            int nameTo = end;
            shortTitles.putIfAbsent(String.join(" ", key(k, w)),
                    new LazySpeaker(() -> person(nameFrom, nameTo, words.start[nameFrom])));
        }
    }

    /**
     * "Tontowi Ahmad, yang akrab disapa Owi", "sering dipanggil Kobi": a nickname introduced by a marker word is the
     * one full name of the article before it that the nickname is made from.
     */
    private void calledNames() {
        for (int w = 0; w + 1 < words.size; w++) {
            // the cheap test first: most words are not followed by a capitalised one
            if (!words.capitalised(w + 1) || words.capitalised(w) || (view.mask[w] & QuoteLexicon.NICKNAME_MARKER) == 0
                    || words.acronym(w + 1) || words.gapBeforeHas(w + 1, NICKNAME_BREAK)) {
                continue;
            }
            String nickname = words.lower(w + 1);
            if (nicknames.containsKey(nickname) || fullNames.hasWord(nickname)) {
                continue;
            }
            FullNames.FullName full = fullNames.nicknamed(nickname, words.start[w]);
            if (full != null) {
                nicknames.put(nickname, full.display());
                standalone.add(nickname);
            }
        }
    }

    /**
     * "pebulu tangkis yang akrab disapa Owi itu": the person named by the nickname introduced right after the
     * phrase ending at word {@code to}, or null.
     */
    private Speaker calledAfter(int to) {
        int w = to;
        if (w >= words.size || !words.lowerEquals(w, "yang")) {
            return null;
        }
        w++;
        for (int k = 0; k < 2 && w < words.size && (view.mask[w] & QuoteLexicon.NICKNAME_MARKER) == 0; k++) {
            w++;
        }
        if (w + 1 >= words.size || (view.mask[w] & QuoteLexicon.NICKNAME_MARKER) == 0) {
            return null;
        }
        String full = nicknames.get(words.lower(w + 1));
        if (full == null) {
            return null;
        }
        Entity named = entityNamed(full.toLowerCase(Locale.ROOT).split(" "));
        return new Speaker(full, named == null ? null : named.id(), true);
    }

    /**
     * Reads the person mentions and title bindings on the first pronoun or role question (many articles ask
     * none): every name run resolved to its person, then every person mention of the entity stage.
     */
    private void ensurePersons() {
        if (personsCollected) {
            return;
        }
        personsCollected = true;
        ensureNames();
        for (int i = 0; i < runs.size(); i++) {
            NameCollector.Run r = runs.get(i);
            PhraseAnalysis a = r.analysis();
            if (a.headNoun) {
                continue;
            }
            int nameFrom = a.nameFrom;
            int nameTo = a.nameTo;
            LazySpeaker person = new LazySpeaker(() -> person(nameFrom, nameTo, words.start[nameFrom]));
            NameCollector.Run apposed = i + 1 < runs.size() ? runs.get(i + 1) : null;
            if (r.titled() && a.nameTo - a.nameFrom == 1 && view.is(a.nameFrom - 1, QuoteLexicon.PLACE_TITLE)
                    && a.nameTo == r.to() && apposed != null && apposed.from() == r.to()
                    && words.gapBeforeHas(apposed.from(), Words.COMMA) && !apposed.analysis().headNoun
                    && apposed.analysis().nameTo - apposed.analysis().nameFrom >= 2) {
                // "Kapolsek Cipondoh, Kompol Bayu Suseno": the word after a title that takes a place is the
                // place; the person is the name in apposition
                PhraseAnalysis b = apposed.analysis();
                roles.add(r.from(), r.to(), new LazySpeaker(() -> person(b.nameFrom, b.nameTo, words.start[b.nameFrom])));
                continue;
            }
            if (r.titled()) {
                roles.add(r.from(), a.nameFrom, person);
            }
            boolean established = a.nameTo - a.nameFrom >= 2 || r.titled() || repeated.contains(words.lower(a.nameFrom));
            referents.add(words.start[a.nameFrom], a.nameFrom, person,
                    established && subject(r.from()) && (a.nameFrom == r.from() || a.hasTitle
                            || honorificsOnly(r.from(), a.nameFrom)));
        }
        mentions().forEachPerson((start, entity) -> {
            int w = words.firstAtOrAfter(start);
            int t = w;
            while (t > 0 && !words.gapBeforeHas(t, PHRASE_BREAK)) {
                PhraseAnalysis.WordClass c = PhraseAnalysis.classify(view, t - 1);
                if (c == PhraseAnalysis.WordClass.TITLE || c == PhraseAnalysis.WordClass.ORGANISATION
                        || c == PhraseAnalysis.WordClass.PLACE || c == PhraseAnalysis.WordClass.ACRONYM) {
                    t--;
                } else {
                    break;
                }
            }
            LazySpeaker s = new LazySpeaker(() -> entitySpeaker(entity, start));
            if (t < w) {
                roles.add(t, w, s);
            }
            referents.add(start, w, s, t < words.size && view.sentenceInitial(t));
        });
        referents.sort();
        roles.sort();
    }

    /** "Joko Widodo (Jokowi)", "Saifullah Yusuf (Gus Ipul)": the parenthesised name is a nickname. */
    private void nickname(int nameFrom, int after) {
        if (after >= words.size) {
            return;
        }
        boolean parenthesis = words.gapBeforeHas(after, Words.OPEN_PAREN);
        boolean atau = words.lowerEquals(after, "atau") && !words.gapBeforeHas(after, CLAUSE_END);
        if (!parenthesis && !atau) {
            return;
        }
        int w = atau ? after + 1 : after;
        while (w < words.size && view.is(w, QuoteLexicon.HONORIFIC)) {
            w++;
        }
        int end = w;
        while (end < words.size && end - w < 3 && words.capitalised(end) && !words.acronym(end)
                && (end == w || (words.gapBefore(end) & (Words.PAREN | Words.COMMA | Words.STOP)) == 0)) {
            end++;
        }
        boolean closed = end == words.size || words.closesWithin(end - 1, ')', 2);
        if (end > w && (atau || closed)) {
            nicknames.putIfAbsent(String.join(" ", key(w, end)), NameWords.display(words, nameFrom, after));
            standalone.add(words.lower(end - 1));
        }
    }

    private boolean honorificsOnly(int from, int to) {
        for (int w = from; w < to; w++) {
            if (!view.is(w, QuoteLexicon.HONORIFIC)) {
                return false;
            }
        }
        return true;
    }

    /** A name that opens its sentence, follows a short fronted phrase and a comma, or is a passive agent. */
    private boolean subject(int w) {
        if (view.sentenceInitial(w)) {
            return true;
        }
        if (w > 0 && (view.is(w - 1, QuoteLexicon.CUE_PASSIVE) || words.lowerEquals(w - 1, "oleh"))) {
            return true;
        }
        if (words.gapBeforeHas(w, Words.CLOSE_PAREN)) {
            // "Menteri Energi dan Sumber Daya Mineral (ESDM) Darmawan Pratama angkat bicara": a title phrase with its
            // short form in parentheses opens the sentence
            for (int k = w - 1; k >= 0 && w - k <= 12; k--) {
                if (!(words.capitalised(k) || words.lowerEquals(k, "dan") || view.is(k, QuoteLexicon.TITLE))
                        || words.gapBeforeHas(k + 1, Words.COMMA | Words.STOP)) {
                    break;
                }
                if (view.sentenceInitial(k)) {
                    return true;
                }
            }
        }
        if (!words.gapBeforeHas(w, Words.COMMA)) {
            return false;
        }
        for (int k = w - 1; k >= 0 && w - k <= 5; k--) {
            if (view.sentenceInitial(k)) {
                return true;
            }
            if (view.is(k, QuoteLexicon.CUE_PASSIVE) || words.lowerEquals(k, "oleh")) {
                // "dibenarkan oleh Plt Kepala Humas, Kemenkominfo, Noor Izza": the agent in apposition
                return true;
            }
        }
        return false;
    }
}
