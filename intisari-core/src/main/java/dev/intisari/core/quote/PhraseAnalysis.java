package dev.intisari.core.quote;

/**
 * The parts of a run of words that may name someone: the name itself (the last run of name-like words),
 * the title words before it, and where an organisation's name starts. Used both on speaker phrases and on
 * every capitalised run of the article when names are collected without entities.
 */
final class PhraseAnalysis {
    enum WordClass { HONORIFIC, TITLE, ORGANISATION, PLACE, ACRONYM, NAME, PARTICLE, PRONOUN, MARKER, OTHER }

    final int from;
    final int to;
    /** The name's words [nameFrom, nameTo), or -1 when there is no name. */
    final int nameFrom;
    final int nameTo;
    /** First organisation word, or -1. */
    final int organisation;
    final boolean hasTitle;
    final boolean hasPronoun;
    final boolean hasPluralPronoun;
    final boolean hasMarker;
    final boolean titleFirst;

    PhraseAnalysis(ArticleView view, int from, int to) {
        this.from = from;
        this.to = to;
        QuoteLexicon lex = view.lexicon;
        Words words = view.words;
        int runFrom = -1;
        int runTo = -1;
        int org = -1;
        boolean title = false;
        boolean pronoun = false;
        boolean plural = false;
        boolean marker = false;
        boolean firstSeen = false;
        boolean titleAtStart = false;
        int current = -1;
        for (int w = from; w < to; w++) {
            WordClass c = classify(view, w);
            if (!firstSeen && c != WordClass.HONORIFIC) {
                firstSeen = true;
                titleAtStart = c == WordClass.TITLE;
            }
            switch (c) {
                case NAME -> {
                    if (current < 0) {
                        current = w;
                    }
                    runFrom = current;
                    runTo = w + 1;
                }
                case PARTICLE -> {
                    // a particle continues a name only between name words
                }
                default -> current = -1;
            }
            if (c != WordClass.NAME && c != WordClass.PARTICLE) {
                current = -1;
            }
            if ((c == WordClass.ORGANISATION) && org < 0) {
                org = w;
            }
            title |= c == WordClass.TITLE;
            pronoun |= c == WordClass.PRONOUN;
            plural |= lex.pluralPronouns.contains(words.lower[w]);
            marker |= c == WordClass.MARKER;
        }
        if (runFrom >= 0 && runFrom > from && runTo - runFrom >= 3
                && lex.placeTitles.contains(words.lower[runFrom - 1])) {
            runFrom++;
        }
        nameFrom = runFrom;
        nameTo = runTo;
        organisation = org;
        hasTitle = title;
        hasPronoun = pronoun;
        hasPluralPronoun = plural;
        hasMarker = marker;
        titleFirst = titleAtStart;
    }

    boolean hasName() {
        return nameFrom >= 0;
    }

    static WordClass classify(ArticleView view, int w) {
        Words words = view.words;
        QuoteLexicon lex = view.lexicon;
        String lower = words.lower[w];
        boolean cap = words.capitalised(w);
        if (lex.honorifics.contains(lower) && (cap || words.gapHas(w, "."))) {
            return WordClass.HONORIFIC;
        }
        if (lex.titles.contains(lower)) {
            return WordClass.TITLE;
        }
        if (lex.organisations.contains(lower)) {
            return WordClass.ORGANISATION;
        }
        if (lex.places.contains(lower) && cap) {
            return WordClass.PLACE;
        }
        if (cap && words.acronym(w)) {
            return WordClass.ACRONYM;
        }
        if (lex.cuesBefore.contains(lower) || lex.cuesPassive.contains(lower)) {
            return WordClass.OTHER;
        }
        if (lex.pronouns.contains(lower)) {
            return WordClass.PRONOUN;
        }
        if (lex.roleMarkers.contains(lower)) {
            return WordClass.MARKER;
        }
        if (cap && Character.isLetter(words.text.charAt(words.start[w])) && !view.ordinaryCapital(w)) {
            return WordClass.NAME;
        }
        if (lex.nameParticles.contains(lower)) {
            return WordClass.PARTICLE;
        }
        return WordClass.OTHER;
    }
}
