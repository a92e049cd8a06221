package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns speaker phrases into speakers for one article. An entity whose mention overlaps the phrase wins
 * (its canonical name and id); without one the name is read from the phrase's capitalised words and
 * completed from the longest name of the article that contains it ("Peskov" → "Dmitry Peskov"). A title
 * without a name ("juru bicara itu") is the person last introduced with that title; a pronoun is a person
 * named earlier in the same sentence, else the speaker of the previous statement, else the person who was
 * the subject of one of the two previous sentences. Holds the attribution history of one article.
 */
final class SpeakerResolver {
    private record NameMention(int position, int sentence, Speaker speaker, boolean subject, boolean object) {
    }

    private record Binding(Set<String> words, Speaker speaker, int position) {
    }

    private record FullName(String[] words, String display, int position) {
    }

    private static final Pattern NAME_WORDS = Pattern.compile("[\\s-]+");

    private final ArticleView view;
    private final Words words;
    private final QuoteLexicon lex;
    private final List<Entity> entities;
    /** The article's person entities and their names' lower-case words, split once. */
    private final List<Entity> personEntities = new ArrayList<>();
    private final List<String[]> personWords = new ArrayList<>();
    private final EntityMentions mentions;
    private final List<FullName> fullNames = new ArrayList<>();
    private final Set<String> standalone = new HashSet<>();
    private final Set<String> repeated = new HashSet<>();
    private final Set<String> fullNameWords = new HashSet<>();
    private final Set<String> fullNameKeys = new HashSet<>();
    /** Nicknames given in parentheses after a name: "Joko Widodo (Jokowi)" → "jokowi" → Joko Widodo. */
    private final Map<String, String> nicknames = new HashMap<>();
    private final List<Binding> bindings = new ArrayList<>();
    private final List<NameMention> persons = new ArrayList<>();
    private final Map<String, String> acronyms = new HashMap<>();
    private final List<QuotedPiece> quoted;
    private Speaker lastSpeaker;
    private int lastAttribution = -1;

    SpeakerResolver(ArticleView view, List<Entity> entities, List<QuotedPiece> pieces) {
        this.view = view;
        this.words = view.words;
        this.lex = view.lexicon;
        this.entities = entities;
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                personEntities.add(e);
                personWords.add(NAME_WORDS.split(e.name().toLowerCase(Locale.ROOT)));
            }
        }
        this.mentions = new EntityMentions(entities, view.text.length());
        this.quoted = pieces;
        collectNames();
    }

    /** Reads the speaker phrase of words [from, to) found at {@code position}. */
    PhraseReading read(int from, int to, int position) {
        if (from >= to) {
            return PhraseReading.NONE;
        }
        Entity entity = mentions.in(words.start[from], words.end[to - 1]);
        PhraseAnalysis a = new PhraseAnalysis(view, from, to);
        // a person's name read in the phrase beats an organisation or place the entity stage found there
        boolean ownPerson = a.hasName() && !a.headNoun && !a.organisationFirst;
        if (entity != null && (entity.type() == EntityType.PERSON || !ownPerson)) {
            String full = nicknames.get(entity.name().toLowerCase(Locale.ROOT));
            return PhraseReading.of(full == null || entity.type() != EntityType.PERSON ? asSpeaker(entity)
                    : new Speaker(full, entity.id(), true));
        }
        if (a.organisationFirst) {
            Speaker organisation = organisation(a.organisation, to);
            return organisation == null ? PhraseReading.GROUP : PhraseReading.of(organisation);
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
            return PhraseReading.of(role(from, to, position));
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

    /** Where a name after an organisation's words starts: at a word the article also uses alone ("Ari"). */
    private int nameStart(PhraseAnalysis a) {
        if (a.afterOrganisation) {
            for (int k = a.nameFrom + 1; k < a.nameTo - 1; k++) {
                if (standalone.contains(words.lower[k])) {
                    return k;
                }
            }
            if (a.nameFrom > 0 && lex.organisationHeads.contains(words.lower[a.nameFrom - 1])) {
                return a.nameFrom + 1;
            }
        }
        return a.nameFrom;
    }

    /** A one-word name seen elsewhere as a full name's part or alone at a sentence start. */
    boolean knownName(int w) {
        String lower = words.lower[w];
        return standalone.contains(lower) || fullNameWords.contains(lower);
    }

    /** The person a pronoun at {@code position} refers to, or null. */
    Speaker pronoun(int position) {
        int sentence = view.sentenceOf(position);
        NameMention inSentence = null;
        NameMention subject = null;
        for (int i = lastPersonBefore(position); i >= 0 && (inSentence == null || subject == null); i--) {
            NameMention m = persons.get(i);
            if (m.sentence == sentence) {
                if (inSentence == null && !m.object) {
                    inSentence = m;
                }
            } else if (m.subject) {
                subject = m;
                break;
            }
        }
        if (inSentence != null) {
            return inSentence.speaker;
        }
        boolean recentSubject = subject != null && subject.position > lastAttribution
                && subject.sentence >= sentence - 2;
        if (recentSubject || lastAttribution < 0) {
            return subject == null ? null : subject.speaker;
        }
        return lastSpeaker;
    }

    private int lastPersonBefore(int position) {
        int lo = 0;
        int hi = persons.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (persons.get(mid).position < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Records that {@code speaker} (null when unknown) made a statement at {@code position}. */
    void attributed(Speaker speaker, int position) {
        lastSpeaker = speaker != null && speaker.person() ? speaker : null;
        lastAttribution = position;
    }

    private static Speaker asSpeaker(Entity e) {
        return new Speaker(e.name(), e.id(), e.type() == EntityType.PERSON);
    }

    private String display(int from, int to) {
        String raw = words.text.substring(words.start[from], words.end[to - 1]);
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < raw.length() && Character.isWhitespace(raw.charAt(i + 1)))) {
                out = new StringBuilder(raw.length());
                break;
            }
        }
        if (out == null) {
            return raw;
        }
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private String[] key(int from, int to) {
        String[] key = new String[to - from];
        for (int w = from; w < to; w++) {
            key[w - from] = words.lower[w];
        }
        return key;
    }

    private Speaker person(int from, int to, int position) {
        String[] key = key(from, to);
        String nickname = nicknames.get(String.join(" ", key));
        if (nickname != null) {
            key = nickname.toLowerCase(Locale.ROOT).split(" ");
        }
        Entity named = entityNamed(key);
        if (named != null) {
            return asSpeaker(named);
        }
        FullName best = null;
        for (FullName f : fullNames) {
            if (!contains(f.words, key)) {
                continue;
            }
            boolean before = f.position <= position;
            boolean bestBefore = best != null && best.position <= position;
            if (best == null || before && !bestBefore
                    || before == bestBefore && (before ? f.words.length > best.words.length : f.position < best.position)) {
                best = f;
            }
        }
        return new Speaker(best != null ? best.display : display(from, to), null, true);
    }

    private Entity entityNamed(String[] key) {
        for (int i = 0; i < personEntities.size(); i++) {
            if (contains(personWords.get(i), key)) {
                return personEntities.get(i);
            }
        }
        return null;
    }

    private Speaker organisation(int from, int to) {
        int end = from;
        while (end < to && (end == from || !words.gapBeforeHas(end, ",.(:;\"\u201C\u201D"))
                && (end == from || words.capitalised(end) || lex.titles.contains(words.lower[end])
                    || words.lower[end].equals("dan") && end + 1 < to && words.capitalised(end + 1))) {
            end++;
        }
        while (end > from + 1 && !words.capitalised(end - 1)) {
            end--;
        }
        if (!words.capitalised(from) && end <= from + 1) {
            return null;
        }
        String name = display(from, Math.max(from + 1, end));
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

    private Speaker role(int from, int to, int position) {
        Set<String> query = new HashSet<>();
        for (int w = from; w < to; w++) {
            String lower = words.lower[w];
            if (!lex.roleMarkers.contains(lower) && !lex.honorifics.contains(lower)) {
                query.add(lower);
            }
        }
        if (query.isEmpty()) {
            return null;
        }
        for (int i = bindings.size() - 1; i >= 0; i--) {
            Binding b = bindings.get(i);
            if (b.position < position && b.words.containsAll(query)) {
                return b.speaker;
            }
        }
        return null;
    }

    private static boolean contains(String[] whole, String[] part) {
        outer:
        for (int i = 0; i + part.length <= whole.length; i++) {
            for (int k = 0; k < part.length; k++) {
                if (!whole[i + k].equals(part[k])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
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
                String lower = words.lower[a.nameFrom];
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
            if (a.nameTo - from >= 2 || r.titled()) {
                String[] key = key(from, a.nameTo);
                // the first occurrence of a name is kept: it is the earliest, and the others add nothing
                if (fullNameKeys.add(String.join(" ", key))) {
                    fullNames.add(new FullName(key, display(from, a.nameTo), words.start[from]));
                    fullNameWords.addAll(java.util.Arrays.asList(key));
                }
                nickname(a.nameTo, display(from, a.nameTo));
            }
        }
        for (NameCollector.Run r : runs) {
            PhraseAnalysis a = r.analysis();
            if (a.headNoun) {
                continue;
            }
            Speaker person = person(a.nameFrom, a.nameTo, words.start[a.nameFrom]);
            if (r.titled()) {
                addBinding(r.from(), a.nameFrom, person);
            }
            boolean established = a.nameTo - a.nameFrom >= 2 || r.titled() || repeated.contains(words.lower[a.nameFrom]);
            addPerson(words.start[a.nameFrom], person,
                    established && subject(r.from()) && (a.nameFrom == r.from() || a.hasTitle
                            || honorificsOnly(r.from(), a.nameFrom)));
        }
        mentions.forEachPerson((start, entity) -> {
            int w = words.firstAtOrAfter(start);
            int t = w;
            while (t > 0 && !words.gapBeforeHas(t, ",.;:()\"\u201C\u201D\n")) {
                PhraseAnalysis.WordClass c = PhraseAnalysis.classify(view, t - 1);
                if (c == PhraseAnalysis.WordClass.TITLE || c == PhraseAnalysis.WordClass.ORGANISATION
                        || c == PhraseAnalysis.WordClass.PLACE || c == PhraseAnalysis.WordClass.ACRONYM) {
                    t--;
                } else {
                    break;
                }
            }
            Speaker s = asSpeaker(entity);
            if (t < w) {
                addBinding(t, w, s);
            }
            addPerson(start, s, t < words.size && view.sentenceInitial(t));
        });
        persons.sort(Comparator.comparingInt(NameMention::position));
        bindings.sort(Comparator.comparingInt(Binding::position));
    }

    /** "Joko Widodo (Jokowi)", "Saifullah Yusuf (Gus Ipul)": the parenthesised name is a nickname. */
    private void nickname(int after, String fullName) {
        if (after >= words.size) {
            return;
        }
        boolean parenthesis = words.text.substring(words.end[after - 1], words.start[after]).contains("(");
        boolean atau = words.lower[after].equals("atau") && !words.gapBeforeHas(after, ",.;:(");
        if (!parenthesis && !atau) {
            return;
        }
        int w = atau ? after + 1 : after;
        while (w < words.size && lex.honorifics.contains(words.lower[w])) {
            w++;
        }
        int end = w;
        while (end < words.size && end - w < 3 && words.capitalised(end) && !words.acronym(end)
                && (end == w || (words.gapBefore(end) & (Words.PAREN | Words.COMMA | Words.STOP)) == 0)) {
            end++;
        }
        boolean closed = end == words.size || words.text.substring(words.end[end - 1],
                Math.min(words.text.length(), words.end[end - 1] + 2)).contains(")");
        if (end > w && (atau || closed)) {
            nicknames.putIfAbsent(String.join(" ", key(w, end)), fullName);
            standalone.add(words.lower[end - 1]);
        }
    }

    private boolean honorificsOnly(int from, int to) {
        for (int w = from; w < to; w++) {
            if (!lex.honorifics.contains(words.lower[w])) {
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
        if (w > 0 && (lex.cuesPassive.contains(words.lower[w - 1]) || words.lower[w - 1].equals("oleh"))) {
            return true;
        }
        if (!words.gapBeforeHas(w, ",")) {
            return false;
        }
        for (int k = w - 1; k >= 0 && w - k <= 5; k--) {
            if (view.sentenceInitial(k)) {
                return true;
            }
        }
        return false;
    }

    private void addBinding(int from, int to, Speaker speaker) {
        Set<String> set = new HashSet<>();
        for (int w = from; w < to; w++) {
            set.add(words.lower[w]);
        }
        bindings.add(new Binding(set, speaker, words.start[from]));
    }

    private void addPerson(int position, Speaker speaker, boolean subject) {
        int lo = 0;
        int hi = quoted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quoted.get(mid).start() <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && position < quoted.get(lo - 1).end()) {
            return;
        }
        int w = words.firstAtOrAfter(position);
        int before = w - 1;
        while (before >= 0 && lex.titles.contains(words.lower[before]) && !words.gapHas(before, ",.;:")) {
            before--;
        }
        boolean object = before >= 0 && !words.gapHas(before, ",.;:") && (lex.prepositions.contains(words.lower[before])
                || !words.capitalised(before) && words.lower[before].length() >= 5 && words.lower[before].startsWith("me"));
        persons.add(new NameMention(position, view.sentenceOf(position), speaker, subject, object));
    }
}
