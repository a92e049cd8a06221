package dev.intisari.core.quote;

import dev.intisari.core.entity.CommonWords;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns speaker phrases into speakers for one article. {@link #read} says the order: a short title the article
 * gave in parentheses, then the phrase's own words ({@link #readWords}: initials, a defined short form, an
 * organisation, a title before a demonstrative, a name, a pronoun, a known one-word name, a title bound to a
 * person or an office, an organisation), then a nickname introduced after the phrase, then the entity the phrase
 * overlaps (its id, and its name only where the words are weaker); before all of these, a relational title before
 * a name the article gave already ({@link RelationalTitles}: "kuasa hukum Novel"). The parts it asks live in their own classes:
 * persons' names and nicknames in {@link ArticleNames} and {@link Nicknames}, organisations in
 * {@link OrganisationNames}, titles bound to persons and short titles in {@link RoleBindings}, pronouns in
 * {@link PronounReferents} (filled by {@link PersonMentions}, which holds the attribution history).
 */
final class SpeakerResolver {
    /** Gap bits: punctuation that ends a speaker phrase or a title run. */
    private static final int PHRASE_BREAK = Words.bits(",.;:()\"\u201C\u201D\n");
    /**
     * The most words of a relative clause closed by a demonstrative after a person noun ("Pria yang juga menjabat
     * sebagai Wakil Ketua Komisi III DPR RI itu": ten).
     */
    private static final int MAX_DESCRIBING_CLAUSE = 12;
    private final ArticleView view;
    private final Words words;
    private final QuoteLexicon lex;
    private final List<Entity> entities;
    private final ArticleNames names;
    private final OrganisationNames organisations;
    private final RoleBindings roles;
    private final RelationalTitles relational;
    private final PronounReferents referents;
    /** {@link #withEntity} answers by entity (by identity) and speaker read. */
    private final Map<Entity, Map<Speaker, Speaker>> withEntity = new IdentityHashMap<>();
    /** The entity mentions, sorted on the first speaker question. */
    private EntityMentions mentions;
    /** The fewest letters of a common word read off a speaker's name ("Riset"; not the Balinese "I"). */
    private static final int MIN_COMMON_WORD = 4;
    /** {@link #bodyMentions}, read on first use. */
    private List<Span> bodyMentions;
    private final int textLength;
    private boolean namesCollected;
    private boolean personsCollected;

    SpeakerResolver(ArticleView view, List<Entity> entities, List<QuotedPiece> pieces) {
        this.view = view;
        this.words = view.words;
        this.lex = view.lexicon;
        this.entities = entities;
        this.names = new ArticleNames(view, entities);
        this.organisations = new OrganisationNames(view, entities);
        this.textLength = view.text.length();
        this.roles = new RoleBindings(view);
        this.relational = new RelationalTitles(view, names, roles);
        this.referents = new PronounReferents(view, pieces, organisations.acronyms);
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
            names.collect(organisations.acronyms);
            roles.learnShortTitles(names);
        }
    }

    /** Reads the person mentions and title bindings on the first pronoun or role question (many articles ask none). */
    private void ensurePersons() {
        if (!personsCollected) {
            personsCollected = true;
            ensureNames();
            PersonMentions.bind(view, names, mentions(), roles, referents);
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
        if (to - from == 1 && view.sentenceInitial(from) && words.capitalised(from) && personNoun(from)
                && relativeClosedByDemonstrative(to) && !usedBefore(from)) {
            // "Pria yang juga menjabat sebagai Imam Besar Masjid Istiqlal itu menyatakan": a person noun opening its
            // sentence with a relative clause closed by a demonstrative stands for a person already in the story;
            // its capital is the sentence's, not a name's. A noun used before ("seorang pria" … "Pria yang
            // ditemui itu") may be someone left unnamed: no.
            return PhraseReading.DESCRIPTION;
        }
        Speaker shortTitle = roles.shortTitle(from, to, names);
        if (shortTitle != null) {
            return PhraseReading.of(shortTitle);
        }
        Entity entity = mentions().in(words.start[from], words.end[to - 1]);
        PhraseAnalysis a = new PhraseAnalysis(view, from, to);
        if (a.hasName() && relational.before(from, a.nameFrom)) {
            // "kuasa hukum Novel": the holder of the title speaks, not the person named after it
            ensurePersons();
            PhraseReading principals = relational.principalsTitle(a, from, to, position, mentions());
            if (principals != null) {
                return principals;
            }
        }
        PhraseReading text = readWords(a, from, to, position);
        if ((text.kind() == PhraseReading.Kind.GROUP || text.kind() == PhraseReading.Kind.NONE) && !names.nicknames.isEmpty()) {
            Speaker called = calledAfter(to);
            if (called != null) {
                return PhraseReading.of(called);
            }
        }
        if ((text.kind() == PhraseReading.Kind.GROUP || text.kind() == PhraseReading.Kind.NONE)
                && (relativeWithDemonstrative(to) || to - from > 2 && personNoun(from) && freshDescription(from, to))) {
            // "kata politisi yang juga ketua Fraksi Gerindra MPR RI itu": a description closed by a demonstrative
            return PhraseReading.DESCRIPTION;
        }
        if (from > 0 && text.kind() == PhraseReading.Kind.SPEAKER && text.speaker().person()
                && (view.is(from - 1, QuoteLexicon.STATEMENT_NOUN) || view.is(from - 1, QuoteLexicon.STATEMENT_MODIFIER))
                && (entity == null || entity.type() != EntityType.PERSON)) {
            // the source of a release or a report ("rilis resmi Marseille", "laporan Stanford Medicine Insights")
            // is an organisation or a publication as written, not a person's name to complete or repair
            Speaker source = organisations.organisation(from, to);
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
                if (own != null && own.type() == EntityType.ORGANIZATION && !a.hasTitle && a.nameFrom > from
                        && a.nameTo == to && words.capitalised(a.nameFrom - 1) && words.acronym(a.nameFrom - 1)
                        && mentions().wholeNonPerson(words.start[a.nameFrom - 1], words.end[a.nameTo - 1])) {
                    // "KBRI Phnom Penh menyatakan": a body's acronym and its place, which the entity stage read as
                    // one organisation, is no acronym before a person's name; after a title it is ("Peneliti BRIN
                    // Muhammad Reza Cordova", "Direktur Utama PT PP Tumiyana", which the entity stage often glues)
                    return PhraseReading.of(Speaker.of(own));
                }
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
                if (own != null && own.type() == EntityType.PERSON && bodyBeforePerson(a, text.speaker().name(), own.name())) {
                    // "Sekjen Gerindra Sugiono", "Ditjen Dikti Khairul": the words before the person's own name
                    // are an organisation or a place
                    return PhraseReading.of(new Speaker(own.name(), own.id(), true));
                }
            }
            return PhraseReading.of(withEntity(text.speaker(), entity));
        }
        if (text.kind() == PhraseReading.Kind.PRONOUN || text.kind() == PhraseReading.Kind.DESCRIPTION || a.headNoun) {
            return text;
        }
        if (entity.type() == EntityType.PERSON && text.kind() == PhraseReading.Kind.NONE && !upperCase(entity.name())) {
            String full = names.nicknames.of(entity.name());
            return PhraseReading.of(full != null ? new Speaker(full, entity.id(), true)
                    : names.entitySpeaker(entity, words.start[from]));
        }
        // an organisation or place the words did not name as the speaker ("Politikus Partai Golkar ini") is
        // not taken as the speaker: on the development set it was wrong far more often than right
        return text;
    }

    private PhraseReading readWords(PhraseAnalysis a, int from, int to, int position) {
        if (to - from == 1 && words.capitalised(from) && words.acronym(from) && words.length(from) <= 4
                && !organisations.defined(words.surface(from))) {
            // "JK" after "Wakil Presiden Jusuf Kalla": initials of a person the article named before
            FullNames.FullName initialled = names.initialled(words.surface(from), position);
            if (initialled != null) {
                Entity named = names.entityNamed(initialled.words());
                return PhraseReading.of(new Speaker(initialled.display(), named == null ? null : named.id(), true));
            }
        }
        if (to - from == 1 && !organisations.acronyms.isEmpty() && words.capitalised(from)
                && organisations.defined(words.surface(from))) {
            // a short form the article gave ("Unud" for "Universitas Udayana (Unud)")
            return PhraseReading.of(organisations.organisation(from, to));
        }
        if (a.organisationFirst) {
            Speaker organisation = organisations.organisation(a.organisation, to);
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
            return a.headNoun ? PhraseReading.NONE : PhraseReading.of(names.person(names.nameStart(a), a.nameTo, position));
        }
        if (a.hasPronoun) {
            return PhraseReading.PRONOUN;
        }
        if (to - from == 1 && words.capitalised(from) && knownName(from)) {
            return PhraseReading.of(names.person(from, to, position));
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
            return PhraseReading.of(organisations.organisation(from, a.organisation, to));
        }
        for (int w = from; w < to; w++) {
            if (words.capitalised(w) && words.acronym(w)) {
                // "DPRD Jawa Barat", "KBRI Kuala Lumpur": the places right after the acronym are the body's
                int end = w + 1;
                while (end < to && words.capitalised(end) && view.is(end, QuoteLexicon.PLACE)
                        && !breakBeforeWord(end) && !view.is(end, QuoteLexicon.NOT_NAME)) {
                    end++;
                }
                return PhraseReading.of(organisations.organisation(w, end));
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
        if (names.nicknames.of(entity.name()) != null) {
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
                || titleTail(read.name(), entityWords) || bodyBefore(read.name(), entityWords)) {
            return Speaker.of(entity);
        }
        return new Speaker(read.name(), entity.id(), true);
    }

    /**
     * True when the words read are the entity's name after words that the article names an organisation or place by:
     * the body of a title ran into the name ("Sekjen Gerindra Sugiono" read "Gerindra Sugiono", while the entity stage
     * has "Gerindra" as the party), or a common word capitalised by a heading or a sentence's start ("Riset Ali Noer
     * Zaman", "Terdakwa Nasiro"). A given name the entity stage left out is kept ("Purbaya Yudhi Sadewa").
     */
    private boolean bodyBefore(String read, String[] entityWords) {
        String[] r = NameWords.spaces(read.toLowerCase(Locale.ROOT));
        int extra = r.length - entityWords.length;
        if (extra < 1) {
            return false;
        }
        for (int i = 0; i < entityWords.length; i++) {
            if (!r[extra + i].equals(entityWords[i])) {
                return false;
            }
        }
        Set<String> name = new HashSet<>(List.of(entityWords));
        for (int i = 0; i < extra; i++) {
            boolean common = entityWords.length >= 2 && r[i].length() >= MIN_COMMON_WORD
                    && CommonWords.mostlyLowercase(r[i]); // not before one word: "Cara Delevingne" is her name
            if (!common && !bodyWord(r[i], name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the article writes {@code word} inside an organisation's or place's mention that holds none of the
     * {@code name}'s words and is not followed by one of them: "Partai Gerindra" elsewhere makes "Gerindra" a body,
     * while "Telegram Pavel" (Durov) or "Paolo Storari" mistyped as a place makes "Pavel" or "Paolo" none.
     */
    private boolean bodyWord(String word, Set<String> name) {
        for (Span m : bodyMentions()) {
            String[] mention = NameWords.spaces(m.of(view.text).toLowerCase(Locale.ROOT));
            boolean has = false;
            boolean other = true;
            for (String w : mention) {
                has |= w.equals(word);
                other &= !name.contains(w);
            }
            if (has && other && !name.contains(wordAfter(m.end()))) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case word that starts after the spaces at {@code offset}, or "" at the end. */
    private String wordAfter(int offset) {
        int from = offset;
        while (from < textLength && view.text.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < textLength && Character.isLetterOrDigit(view.text.charAt(to))) {
            to++;
        }
        return view.text.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /** The article's organisation and place mentions. */
    private List<Span> bodyMentions() {
        if (bodyMentions == null) {
            bodyMentions = new ArrayList<>();
            for (Entity e : entities) {
                if (e.type() != EntityType.PERSON) {
                    for (Span m : e.mentions()) {
                        if (m.end() <= textLength) {
                            bodyMentions.add(m);
                        }
                    }
                }
            }
        }
        return bodyMentions;
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
     * "pria", "sosok": a noun for a person that may head a description ("pria asal Austria tersebut"), in lower
     * case or with the capital of its sentence's first word.
     */
    private boolean personNoun(int w) {
        return (!words.capitalised(w) || view.sentenceInitial(w)) && view.lexicon.personNouns.contains(words.lower(w));
    }

    /**
     * Whether a relative clause opens at word {@code to} ("yang") and ends, within {@value #MAX_DESCRIBING_CLAUSE}
     * words and before any punctuation, with a demonstrative, whatever follows it: "Pria yang juga menjabat sebagai …
     * itu menyatakan".
     * A clause that names someone ("yang bernama Budi") is no description.
     */
    private boolean relativeClosedByDemonstrative(int to) {
        if (to >= words.size || !words.lowerEquals(to, "yang")) {
            return false;
        }
        for (int w = to + 1; w < words.size && w - to <= MAX_DESCRIBING_CLAUSE; w++) {
            if (breakBeforeWord(w) || words.lowerEquals(w, "bernama") || words.lowerEquals(w, "berinisial")) {
                return false;
            }
            if (view.is(w, QuoteLexicon.MARKER)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code w} was used before it in the article, in any case. */
    private boolean usedBefore(int w) {
        for (int k = 0; k < w; k++) {
            if (words.sameLower(k, w)) {
                return true;
            }
        }
        return false;
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
            if (!view.is(w, QuoteLexicon.TITLE) && !personNoun(w)) {
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

    /**
     * Whether a relative clause opens at word {@code to} ("yang") and ends, within eight words and before any
     * punctuation, with a demonstrative: "politisi yang juga ketua fraksi itu".
     */
    private boolean relativeWithDemonstrative(int to) {
        if (to >= words.size || !words.lowerEquals(to, "yang")) {
            return false;
        }
        for (int w = to + 1; w < words.size && w - to <= 8; w++) {
            if (breakBeforeWord(w)) {
                return false;
            }
            if (view.is(w, QuoteLexicon.MARKER)) {
                return w + 1 >= words.size || breakBeforeWord(w + 1);
            }
        }
        return false;
    }

    /** Whether {@code read} is one word and then exactly {@code entityName} ("Lamongan Fadeli", "Fadeli"). */
    /**
     * Whether the name read from the phrase is the person entity's name after one or two words that are no part of
     * any person's name: each is inside an organisation or place the entity stage found more than once, a word of the
     * organisation or place lists, or an acronym. A dropped given name ("Yudhi Sadewa" for "Purbaya Yudhi Sadewa")
     * is none of these; title words are left out too, since some are also given names ("Ade").
     */
    private boolean bodyBeforePerson(PhraseAnalysis a, String read, String entityName) {
        String[] readWords = NameWords.spaces(read);
        String[] own = NameWords.spaces(entityName);
        int lead = readWords.length - own.length;
        if (lead < 1 || lead > 2 || a.nameTo - a.nameFrom != readWords.length) {
            return false;
        }
        for (int k = 0; k < own.length; k++) {
            if (!readWords[lead + k].equals(own[k]) || !words.surface(a.nameFrom + lead + k).equals(own[k])) {
                return false;
            }
        }
        for (int w = a.nameFrom; w < a.nameFrom + lead; w++) {
            boolean body = mentions().repeatedNonPerson(words.start[w], words.end[w]);
            if (!body && !view.is(w, QuoteLexicon.ORGANISATION | QuoteLexicon.PLACE) && !words.acronym(w)) {
                return false;
            }
        }
        return true;
    }

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

    /** "DKPP": an acronym is not a person's name, whatever the entity stage says. */
    private static boolean upperCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLowerCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A one-word name seen elsewhere as a full name's part or alone at a sentence start. */
    boolean knownName(int w) {
        ensureNames();
        return names.known(words.lower(w));
    }

    /**
     * "pebulu tangkis yang akrab disapa Owi itu": the person named by the nickname introduced right after the
     * phrase ending at word {@code to}, or null.
     */
    private Speaker calledAfter(int to) {
        String full = names.nicknames.calledAfter(to);
        if (full == null) {
            return null;
        }
        Entity named = names.entityNamed(full.toLowerCase(Locale.ROOT).split(" "));
        return new Speaker(full, named == null ? null : named.id(), true);
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

    private boolean breakBeforeWord(int w) {
        return words.gapBeforeHas(w, PHRASE_BREAK);
    }
}
