package dev.intisari.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The referents of pronouns and -nya cues in one article: the persons it mentions (a subject or not, an object
 * of a preposition or verb or not), and the speaker of the previous statement. A pronoun is a person named
 * earlier in the same sentence, else the speaker of the previous statement, unless a person became the subject
 * of one of the two previous sentences after it. Filled by {@link SpeakerResolver}; per article.
 */
final class PronounReferents {
    /** Gap bits: punctuation that separates a title from the name after it. */
    private static final int CLAUSE_END = Words.bits(",.;:");
    /** {@code opens}: the mention, with the capitalised words and titles before it, opens its sentence. */
    private record NameMention(int position, int sentence, LazySpeaker speaker, boolean subject, boolean object,
                               boolean opens) {
    }

    private final ArticleView view;
    private final Words words;
    private final List<QuotedPiece> quoted;
    /** The acronyms the article gave ("Iswan Ibrahim (ISW)"), shared with the resolver that learns them. */
    private final Map<String, String> acronyms;
    private final List<NameMention> persons = new ArrayList<>();
    private Speaker lastSpeaker;
    private Speaker lastSource;
    private int lastAttribution = -1;

    PronounReferents(ArticleView view, List<QuotedPiece> quoted, Map<String, String> acronyms) {
        this.view = view;
        this.words = view.words;
        this.quoted = quoted;
        this.acronyms = acronyms;
    }

    /** Puts the mentions in text order once all are added. */
    void sort() {
        StableOrder.byKey(persons, NameMention::position);
    }

    /**
     * The person a pronoun attributing the statement [from, to) refers to. A person the statement itself names in
     * the third person (a word of the name, its initials, or an acronym the article gave it: "saudara ISW" for
     * "Iswan Ibrahim (ISW)") is the one spoken of, not the speaker: the previous speaker then, when the statement
     * does not name him too.
     */
    Speaker pronoun(int position, int from, int to) {
        Speaker s = pronoun(position);
        Speaker previous = lastSpeaker;
        if (s != null && previous != null && !previous.name().equals(s.name())
                && (namedWithin(s, from, to) || namedBeforeCue(s, position)) && !namedWithin(previous, from, to)) {
            return previous;
        }
        return s;
    }

    /**
     * "Sedangkan Noel, kata dia, tidak menempuh …": the name right before the comma that opens a cue put inside the
     * statement is the one spoken of; whoever "dia" is, it is not him (he would be "kata Noel").
     */
    private boolean namedBeforeCue(Speaker s, int position) {
        int pronoun = words.firstAtOrAfter(position);
        int cue = pronoun - 1;
        if (cue < 1 || pronoun >= words.size || !words.gapBeforeHas(cue, Words.COMMA) || !words.capitalised(cue - 1)) {
            return false;
        }
        String before = words.surface(cue - 1).toString();
        for (String part : NameWords.spaces(s.name())) {
            if (part.length() >= 3 && part.equalsIgnoreCase(before)) {
                return true;
            }
        }
        return false;
    }

    private boolean namedWithin(Speaker s, int from, int to) {
        String[] name = NameWords.spaces(s.name());
        StringBuilder initials = new StringBuilder(name.length);
        for (String part : name) {
            if (!part.isEmpty()) {
                initials.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        for (int w = words.firstAtOrAfter(from); w < words.size && words.end[w] <= to; w++) {
            if (!words.capitalised(w)) {
                continue;
            }
            String surface = words.surface(w);
            if (words.acronym(w)) {
                String longForm = acronyms.get(surface);
                if (name.length >= 2 && surface.contentEquals(initials) || s.name().equals(longForm)) {
                    return true;
                }
                continue;
            }
            for (String part : name) {
                if (part.length() >= 3 && part.equalsIgnoreCase(surface)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The person a description at {@code position} refers to: a pronoun's referent outside its own sentence. */
    Speaker earlier(int position) {
        return pronoun(position, false);
    }

    /** The person a pronoun at {@code position} refers to, or null. */
    Speaker pronoun(int position) {
        return pronoun(position, true);
    }

    private Speaker pronoun(int position, boolean sentenceMates) {
        int sentence = view.sentenceOf(position);
        NameMention inSentence = null;
        NameMention subject = null;
        for (int i = lastPersonBefore(position); i >= 0 && (inSentence == null || subject == null); i--) {
            NameMention m = persons.get(i);
            if (m.sentence == sentence) {
                if (inSentence == null && !m.object && sentenceMates) {
                    inSentence = m;
                }
            } else if (m.subject) {
                subject = firstSubjectOfSentence(i);
                break;
            }
        }
        if (inSentence != null) {
            return inSentence.speaker.get();
        }
        boolean recentSubject = subject != null && subject.position > lastAttribution
                && subject.sentence >= sentence - 2;
        if (recentSubject || lastAttribution < 0) {
            return subject == null ? null : subject.speaker.get();
        }
        return lastSpeaker;
    }

    /**
     * The first subject of the sentence of mention {@code i} (itself a subject): "Winardi berharap, Budi … dapat
     * membuat Inalum berkembang. Terlebih, ia menyatakan …" — the main clause's subject, not the subject of the
     * clause it reports after a verb and a comma, is the one a pronoun in the next sentence continues.
     */
    private NameMention firstSubjectOfSentence(int i) {
        NameMention first = persons.get(i);
        int w = words.firstAtOrAfter(first.position);
        if (w <= 0 || w >= words.size || !words.gapBeforeHas(w, Words.COMMA) || words.capitalised(w - 1)
                || view.is(w - 1, QuoteLexicon.TITLE)) {
            // only a subject right after "<verb>," opens a reported clause ("Kuasa hukum Bambang Tri, Pardiman,
            // menganggap": the apposition is the subject)
            return first;
        }
        for (int k = i - 1; k >= 0 && persons.get(k).sentence == first.sentence; k--) {
            if (persons.get(k).subject && persons.get(k).opens) {
                first = persons.get(k);
            }
        }
        return first;
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

    /** The source (a person or an organisation) of the previous statement, or null: "kata pernyataan itu". */
    Speaker previousSource() {
        return lastSource;
    }

    /** Records that {@code speaker} (null when unknown) made a statement at {@code position}. */
    void attributed(Speaker speaker, int position) {
        lastSource = speaker;
        if (speaker == null || speaker.person()) {
            // an organisation's statement ("KPK menyebut …") leaves "ujarnya" to the last person who spoke
            lastSpeaker = speaker;
        }
        lastAttribution = position;
    }

    /**
     * A person mentioned at {@code position}, whose first word at or after it is {@code w}; {@code subject} when the
     * mention is the subject of its clause.
     */
    void add(int position, int w, LazySpeaker speaker, boolean subject) {
        if (view.inHeading(position)) {
            // a headline or a link to another article ("Hasil Studi: Gaji Messi Terlalu Tinggi") is no referent
            return;
        }
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
        int before = w - 1;
        while (before >= 0 && view.is(before, QuoteLexicon.TITLE) && !words.gapHas(before, CLAUSE_END)) {
            before--;
        }
        boolean object = before >= 0 && !words.gapHas(before, CLAUSE_END) && (view.is(before, QuoteLexicon.PREPOSITION)
                || !words.capitalised(before) && words.length(before) >= 5 && words.lowerStartsWith(before, "me"));
        int head = w - 1;
        while (head >= 0 && !words.gapHas(head, CLAUSE_END)
                && (words.capitalised(head) || view.is(head, QuoteLexicon.TITLE)) && !view.sentenceInitial(head + 1)) {
            head--;
        }
        boolean opens = view.sentenceInitial(head + 1);
        persons.add(new NameMention(position, view.sentenceOf(position), speaker, subject, object, opens));
    }
}
