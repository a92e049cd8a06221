package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Organisations as speakers in one article: the capitalised run of a phrase ("Kementerian Pertahanan Rusia"),
 * a short form the article defined ("Universitas Udayana (Unud)" … "Unud"), or a head word with a demonstrative
 * ("kementerian tersebut") for the one named before. An organisation entity of the same name gives the id. Per
 * article.
 */
final class OrganisationNames {
    /** Gap bits: punctuation that ends an organisation's name. */
    private static final int ORGANISATION_BREAK = Words.bits(",.(:;\"\u201C\u201D");
    /** Gap bits: punctuation inside a named organisation's run. */
    private static final int NAME_BREAK = Words.bits(",.;:(\n");
    private final ArticleView view;
    private final Words words;
    private final List<Entity> entities;
    /** The short forms the article gave ("SVR" → "Badan Intelijen Luar Negeri Rusia"), learnt with its names. */
    final Map<String, String> acronyms = new HashMap<>();

    OrganisationNames(ArticleView view, List<Entity> entities) {
        this.view = view;
        this.words = view.words;
        this.entities = entities;
    }

    /** Whether the article gave {@code surface} as a short form. */
    boolean defined(String surface) {
        return acronyms.containsKey(surface);
    }

    /** The organisation named by the capitalised run that starts at word {@code from} before {@code to}, or null. */
    Speaker organisation(int from, int to) {
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
        if (end <= from + 1 && view.sentenceInitial(from) && view.ordinaryCapital(from)
                && !words.acronym(from) && !defined(words.surface(from))) {
            // "Perusahaan menjelaskan", "Kepolisian mengklaim": a body's common head word, capitalised only because
            // it opens the sentence, is the body of that head named before, or nobody named
            return namedBefore(from);
        }
        String name = NameWords.display(words, from, Math.max(from + 1, end));
        if (Character.isLowerCase(name.charAt(0))) {
            name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        boolean given = end - from <= 1 && acronyms.containsKey(name);
        if (given) {
            name = acronyms.get(name);
        }
        for (Entity e : entities) {
            // a person the article gave a short form ("Agus Harimurti Yudhoyono (AHY)") is that person, so that
            // "jelasnya" after "AHY menyebut …" continues him
            if ((given || e.type() != EntityType.PERSON) && e.name().equalsIgnoreCase(name)) {
                return Speaker.of(e);
            }
        }
        return new Speaker(name, null, false);
    }

    /**
     * As {@link #organisation(int, int)} for the head word {@code head} inside a phrase that starts at {@code from}: a
     * capitalised head that ends the capitalised run ("Comerica Bank", "World Bank") takes the capitalised name and
     * place words right before it, back to the phrase's start, a sentence's first word, a lowercase word or
     * punctuation.
     */
    Speaker organisation(int from, int head, int to) {
        int start = head;
        boolean last = words.capitalised(head) && (head + 1 >= to || !words.capitalised(head + 1)
                || words.gapBeforeHas(head + 1, ORGANISATION_BREAK));
        while (last && start > from && !words.gapBeforeHas(start, ORGANISATION_BREAK) && words.capitalised(start - 1)
                && !view.sentenceInitial(start - 1) && nameWord(PhraseAnalysis.classify(view, start - 1))) {
            start--;
        }
        return organisation(start, to);
    }

    private static boolean nameWord(PhraseAnalysis.WordClass c) {
        return c == PhraseAnalysis.WordClass.NAME || c == PhraseAnalysis.WordClass.PLACE;
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
}
