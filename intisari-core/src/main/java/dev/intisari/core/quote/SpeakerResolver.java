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

/**
 * Turns speaker phrases into speakers for one article. An entity whose mention overlaps the phrase wins
 * (its canonical name and id); without one the name is read from the phrase's capitalised words and
 * completed from the longest name of the article that contains it ("Peskov" → "Dmitry Peskov"). A title
 * without a name ("juru bicara itu") is the person last introduced with that title; a pronoun is the most
 * recent suitable person. Holds the attribution history of one article: create one per article.
 */
final class SpeakerResolver {
    private record NameMention(int position, int sentence, Speaker speaker, boolean subject) {
    }

    private record Binding(Set<String> words, Speaker speaker, int position) {
    }

    private record FullName(String[] words, String display, int position) {
    }

    private final ArticleView view;
    private final Words words;
    private final QuoteLexicon lex;
    private final List<Entity> entities;
    private final int[] mentionStart;
    private final int[] mentionEnd;
    private final Entity[] mentionEntity;
    private final List<FullName> fullNames = new ArrayList<>();
    private final List<Binding> bindings = new ArrayList<>();
    private final List<NameMention> persons = new ArrayList<>();
    private final Map<String, String> acronyms = new HashMap<>();
    private final List<int[]> quoted = new ArrayList<>();
    private Speaker lastSpeaker;
    private int lastSpeakerPosition = -1;

    SpeakerResolver(ArticleView view, List<Entity> entities, List<QuotedPiece> pieces) {
        this.view = view;
        this.words = view.words;
        this.lex = view.lexicon;
        this.entities = entities;
        List<Object[]> mentions = new ArrayList<>();
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                if (m.end() <= view.text.length()) {
                    mentions.add(new Object[] {m, e});
                }
            }
        }
        mentions.sort(Comparator.comparing(o -> (Span) o[0]));
        mentionStart = new int[mentions.size()];
        mentionEnd = new int[mentions.size()];
        mentionEntity = new Entity[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            mentionStart[i] = ((Span) mentions.get(i)[0]).start();
            mentionEnd[i] = ((Span) mentions.get(i)[0]).end();
            mentionEntity[i] = (Entity) mentions.get(i)[1];
        }
        for (QuotedPiece p : pieces) {
            quoted.add(new int[] {p.start(), p.end()});
        }
        collectNames();
    }

    /** Reads the speaker phrase of words [from, to) found at {@code position}. */
    PhraseReading read(int from, int to, int position) {
        if (from >= to) {
            return PhraseReading.NONE;
        }
        Speaker fromEntity = entityIn(words.start[from], words.end[to - 1]);
        if (fromEntity != null) {
            return PhraseReading.of(fromEntity);
        }
        PhraseAnalysis a = new PhraseAnalysis(view, from, to);
        if (a.hasName()) {
            return PhraseReading.of(person(a.nameFrom, a.nameTo, position));
        }
        if (a.hasPronoun) {
            return PhraseReading.PRONOUN;
        }
        if (a.hasPluralPronoun) {
            return PhraseReading.NONE;
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
        return PhraseReading.NONE;
    }

    /** The person a pronoun at {@code position} refers to, or null. */
    Speaker pronoun(int position) {
        int sentence = view.sentenceOf(position);
        NameMention inSentence = null;
        NameMention subject = null;
        for (NameMention m : persons) {
            if (m.position >= position) {
                break;
            }
            if (m.sentence == sentence) {
                inSentence = m;
            } else if (m.subject) {
                subject = m;
            }
        }
        if (inSentence != null) {
            return inSentence.speaker;
        }
        if (lastSpeaker != null && (subject == null || lastSpeakerPosition >= subject.position)) {
            return lastSpeaker;
        }
        return subject == null ? null : subject.speaker;
    }

    /** Records that {@code speaker} made a statement at {@code position}. */
    void attributed(Speaker speaker, int position) {
        if (speaker != null && speaker.person()) {
            lastSpeaker = speaker;
            lastSpeakerPosition = position;
        }
    }

    private Speaker entityIn(int start, int end) {
        Entity person = null;
        Entity other = null;
        for (int i = firstMentionEndingAfter(start); i < mentionStart.length && mentionStart[i] < end; i++) {
            if (mentionEnd[i] <= start) {
                continue;
            }
            Entity e = mentionEntity[i];
            if (e.type() == EntityType.PERSON) {
                person = e;
            } else if (other == null || e.type() == EntityType.ORGANIZATION) {
                other = other != null && other.type() == EntityType.ORGANIZATION ? other : e;
            }
        }
        Entity chosen = person != null ? person : other;
        return chosen == null ? null : asSpeaker(chosen);
    }

    private int firstMentionEndingAfter(int start) {
        int lo = 0;
        int hi = mentionStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentionStart[mid] < start - 200) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Speaker asSpeaker(Entity e) {
        return new Speaker(e.name(), e.id(), e.type() == EntityType.PERSON);
    }

    private Speaker person(int from, int to, int position) {
        List<String> parts = new ArrayList<>();
        StringBuilder display = new StringBuilder();
        for (int w = from; w < to; w++) {
            parts.add(words.lower[w]);
            if (display.length() > 0) {
                display.append(' ');
            }
            display.append(words.surface(w));
        }
        String[] key = parts.toArray(String[]::new);
        Entity named = entityNamed(key, EntityType.PERSON);
        if (named != null) {
            return asSpeaker(named);
        }
        FullName best = null;
        for (FullName f : fullNames) {
            if (!contains(f.words, key)) {
                continue;
            }
            if (best == null
                    || (f.position <= position && (best.position > position || f.position >= best.position))) {
                best = f;
            }
        }
        return new Speaker(best != null ? best.display : display.toString(), null, true);
    }

    private Entity entityNamed(String[] key, EntityType type) {
        for (Entity e : entities) {
            if (e.type() == type && contains(e.name().toLowerCase(Locale.ROOT).split("\\s+"), key)) {
                return e;
            }
        }
        return null;
    }

    private Speaker organisation(int from, int to) {
        int end = from;
        while (end < to && (words.capitalised(end) || lex.titles.contains(words.lower[end])
                || lex.nameParticles.contains(words.lower[end])) && (end == from || !words.gapBeforeHas(end, ",.(:"))) {
            end++;
        }
        while (end > from + 1 && !words.capitalised(end - 1)) {
            end--;
        }
        String name = words.text.substring(words.start[from], words.end[Math.max(from, end - 1)]);
        if (end - from == 1 && acronyms.containsKey(name)) {
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
        Binding best = null;
        for (Binding b : bindings) {
            if (b.position >= position) {
                break;
            }
            if (b.words.containsAll(query)) {
                best = b;
            }
        }
        return best == null ? null : best.speaker;
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

    /** One pass over the article: full names, title bindings, acronyms and person mentions. */
    private void collectNames() {
        NameCollector.collect(view, this, acronyms);
        for (int i = 0; i < mentionStart.length; i++) {
            Entity e = mentionEntity[i];
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            int w = words.firstAtOrAfter(mentionStart[i]);
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
            Speaker s = asSpeaker(e);
            if (t < w) {
                addBinding(t, w, s);
            }
            addPerson(mentionStart[i], s, t < words.size && view.sentenceInitial(t));
        }
        persons.sort(Comparator.comparingInt(NameMention::position));
        bindings.sort(Comparator.comparingInt(Binding::position));
    }

    void addFullName(int from, int to) {
        String[] key = new String[to - from];
        for (int w = from; w < to; w++) {
            key[w - from] = words.lower[w];
        }
        StringBuilder display = new StringBuilder();
        for (int w = from; w < to; w++) {
            if (display.length() > 0) {
                display.append(' ');
            }
            display.append(words.surface(w));
        }
        fullNames.add(new FullName(key, display.toString(), words.start[from]));
    }

    void addBinding(int from, int to, Speaker speaker) {
        Set<String> set = new HashSet<>();
        for (int w = from; w < to; w++) {
            set.add(words.lower[w]);
        }
        bindings.add(new Binding(set, speaker, words.start[from]));
    }

    void addPerson(int position, Speaker speaker, boolean subject) {
        for (int[] q : quoted) {
            if (q[0] <= position && position < q[1]) {
                return;
            }
        }
        persons.add(new NameMention(position, view.sentenceOf(position), speaker, subject));
    }

    /** For the collector: a person named by words [from, to) seen at its first word. */
    Speaker personAt(int from, int to) {
        return person(from, to, words.start[from]);
    }
}
