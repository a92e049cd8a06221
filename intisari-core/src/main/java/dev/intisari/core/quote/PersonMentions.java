package dev.intisari.core.quote;

import dev.intisari.core.entity.CommonWords;
import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;

import java.util.List;

/**
 * Reads the person mentions of one article into its title bindings and pronoun referents, on the first pronoun
 * or role question (many articles ask none): every name run resolved to its person ("Juru bicara Kremlin Dmitry
 * Peskov" binds "juru bicara kremlin"), then every person mention of the entity stage with the title words before
 * it.
 */
final class PersonMentions {
    /** Gap bits: punctuation that ends a speaker phrase or a title run. */
    private static final int PHRASE_BREAK = Words.bits(",.;:()\"\u201C\u201D\n");

    private PersonMentions() {
    }

    static void bind(ArticleView view, ArticleNames names, EntityMentions mentions, RoleBindings roles,
                     PronounReferents referents) {
        Words words = view.words;
        List<NameCollector.Run> runs = names.runs();
        for (int i = 0; i < runs.size(); i++) {
            NameCollector.Run r = runs.get(i);
            PhraseAnalysis a = r.analysis();
            if (a.headNoun || r.titled() && view.inTitleCaseHeading(words.start[r.from()])) {
                // "Polisi Sebut Korban Jatuh dari Lantai Empat": in a heading's title case a title word before
                // capitalised words binds no one
                continue;
            }
            int nameFrom = a.nameFrom;
            int nameTo = a.nameTo;
            LazySpeaker person = new LazySpeaker(() -> names.person(nameFrom, nameTo, words.start[nameFrom]));
            NameCollector.Run apposed = i + 1 < runs.size() ? runs.get(i + 1) : null;
            NameCollector.Run holder = r.titled() && a.nameTo == r.to() ? afterShortForm(view, runs, i) : null;
            if (holder != null) {
                // "Bupati Ogan Komering Ilir (OKI) Muchendi Mahzareki": the words between the title and a short
                // form in parentheses name the place or body the title takes; the person is the name after it
                PhraseAnalysis b = holder.analysis();
                roles.add(r.from(), r.to(), new LazySpeaker(() -> names.person(b.nameFrom, b.nameTo, words.start[b.nameFrom])));
                continue;
            }
            if (r.titled() && a.nameTo - a.nameFrom == 1 && view.is(a.nameFrom - 1, QuoteLexicon.PLACE_TITLE)
                    && a.nameTo == r.to() && apposed != null && apposed.from() == r.to()
                    && words.gapBeforeHas(apposed.from(), Words.COMMA) && !apposed.analysis().headNoun
                    && apposed.analysis().nameTo - apposed.analysis().nameFrom >= 2) {
                // "Kapolsek Cipondoh, Kompol Bayu Suseno": the word after a title that takes a place is the
                // place; the person is the name in apposition
                PhraseAnalysis b = apposed.analysis();
                roles.add(r.from(), r.to(), new LazySpeaker(() -> names.person(b.nameFrom, b.nameTo, words.start[b.nameFrom])));
                continue;
            }
            if (r.titled() && apposed != null && apposed.from() == r.to() && a.nameTo == r.to()
                    && words.gapBeforeHas(apposed.from(), Words.COMMA) && !apposed.analysis().headNoun
                    && apposed.analysis().nameTo - apposed.analysis().nameFrom >= 2
                    && apposed.analysis().nameTo == apposed.to() && apposed.to() < words.size
                    && words.gapBeforeHas(apposed.to(), Words.COMMA)
                    && view.lexicon.relationalTitleBefore(words, r.from(), a.nameFrom) >= 0) {
                // "Kuasa hukum Setya Novanto, Fredrich Yunadi, …": the name in apposition holds the title, which
                // relates him to the name before it
                PhraseAnalysis b = apposed.analysis();
                roles.addRelational(r.from(), a.nameTo,
                        new LazySpeaker(() -> names.person(b.nameFrom, b.nameTo, words.start[b.nameFrom])));
            } else if (r.titled() && !RelationalTitles.beforePerson(view, mentions, r.from(), a.nameFrom, a.nameTo)) {
                roles.add(r.from(), a.nameFrom, person);
            }
            int nameStart = words.start[a.nameFrom];
            int nameEnd = words.end[a.nameTo - 1];
            if (!r.titled() && mentions.wholeNonPerson(nameStart, nameEnd)
                    && !mentions.personNameEndsWith(words.text.substring(nameStart, nameEnd))) {
                // "Setelah tawar-menawar selesai, Freeport akan menjadi anak usaha …": a name the entity stage
                // reads as an organisation or a place is no referent of "katanya", unless it is the end of a
                // person's name the article gave ("De Niro" of "Robert De Niro", misread as an organisation)
                continue;
            }
            if (r.titled() && a.nameTo - a.nameFrom == 1 && mentions.nonPersonTail(nameStart, nameEnd)
                    && !mentions.personNamed(words.text.substring(nameStart, nameEnd))) {
                // "Anggota Komisi XI DPR RI Fraksi PDI Perjuangan, Harris Turino": the one word after the title
                // ends the body's name, so it is no person "menurutnya" may refer to; a name the entity stage
                // swallowed into the body ("Kanwil Kementerian HAM Jabar Hasbullah") but gave elsewhere stays
                continue;
            }
            if (nominalisationsOnly(words, a.nameFrom, a.nameTo)) {
                // "Direktur Jenderal Pengelolaan Pembiayaan dan Risiko Kemenkeu, Suminto": the title's field, no
                // one "ia" may refer to
                continue;
            }
            if (view.lexicon.documentNouns.contains(words.lower(r.from()))) {
                // "Penetapan ini dikuatkan oleh Surat Perintah Penyidikan Khusus …": a document, which "ujarnya"
                // in the next paragraph does not refer to
                continue;
            }
            boolean repeated = names.repeated(words.lower(a.nameFrom));
            if (a.nameTo - a.nameFrom == 1 && !r.titled() && !repeated && view.sentenceInitial(a.nameFrom)
                    && mentions.in(words.start[a.nameFrom], words.end[a.nameFrom]) == null) {
                // "Usai upacara …, dia mengatakan", "Ya tidak …": one capitalised word opening a sentence, used once
                // and no entity, is the sentence's capital, not a person to refer to
                continue;
            }
            boolean established = a.nameTo - a.nameFrom >= 2 || r.titled() || repeated;
            referents.add(words.start[a.nameFrom], a.nameFrom, person,
                    established && (subject(view, r.from()) || frontedSubject(view, r.from(), a.nameTo))
                            && (a.nameFrom == r.from() || a.hasTitle || honorificsOnly(view, r.from(), a.nameFrom)));
        }
        mentions.forEachPerson((start, entity) -> {
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
            LazySpeaker s = new LazySpeaker(() -> names.entitySpeaker(entity, start));
            if (t < w && view.lexicon.relationalTitleBefore(words, t, w) < 0) {
                roles.add(t, w, s);
            }
            int apposed = t == w ? titleBeforeComma(view, mentions, w) : -1;
            if (apposed >= 0 && view.lexicon.relationalTitleBefore(words, apposed, w) < 0) {
                // "Anggota DPR RI Fraksi Partai NasDem, Rajiv": a title phrase of its own, then the name after a comma
                roles.add(apposed, w, s);
            }
            referents.add(start, w, s, t < words.size && view.sentenceInitial(t));
        });
        referents.sort();
        roles.sort();
    }

    /**
     * The run right after run {@code i} and a one-word short form in parentheses ("… Komering Ilir (OKI) | Muchendi
     * Mahzareki"), when it is a name of two or more words with nothing before it on the line; else null.
     */
    private static NameCollector.Run afterShortForm(ArticleView view, List<NameCollector.Run> runs, int i) {
        Words words = view.words;
        int to = runs.get(i).to();
        if (to + 1 >= words.size || !words.acronym(to) || !words.gapBeforeHas(to, Words.OPEN_PAREN)
                || !words.gapBeforeHas(to + 1, Words.CLOSE_PAREN) || !words.capitalised(to + 1)) {
            return null;
        }
        for (int k = i + 1; k < runs.size() && runs.get(k).from() <= to + 1; k++) {
            NameCollector.Run next = runs.get(k);
            PhraseAnalysis b = next.analysis();
            if (next.from() == to + 1 && !b.headNoun && b.nameFrom == to + 1 && b.nameTo - b.nameFrom >= 2) {
                return next;
            }
        }
        return null;
    }

    /**
     * The first word of a title phrase that stands alone right before the comma before word {@code w}: it opens
     * its sentence or follows a comma, starts with a title and holds only titles, organisations, places and
     * acronyms (words the entity stage put in an organisation or a place count as such). -1 when there is none ("Setelah bertemu Presiden, Budi …" has no such phrase).
     */
    private static int titleBeforeComma(ArticleView view, EntityMentions mentions, int w) {
        Words words = view.words;
        if (w == 0 || !words.gapBeforeHas(w, Words.COMMA)) {
            return -1;
        }
        int u = w;
        while (u > 0 && (u == w || !words.gapBeforeHas(u, PHRASE_BREAK))) {
            PhraseAnalysis.WordClass c = PhraseAnalysis.classify(view, u - 1);
            if (c != PhraseAnalysis.WordClass.TITLE && c != PhraseAnalysis.WordClass.ORGANISATION
                    && c != PhraseAnalysis.WordClass.PLACE && c != PhraseAnalysis.WordClass.ACRONYM
                    && !inOrganisationOrPlace(mentions, words, u - 1)) {
                return -1;
            }
            u--;
        }
        boolean opens = u == 0 || words.gapBeforeHas(u, Words.COMMA) || view.sentenceInitial(u);
        return u < w && opens && PhraseAnalysis.classify(view, u) == PhraseAnalysis.WordClass.TITLE ? u : -1;
    }

    private static boolean inOrganisationOrPlace(EntityMentions mentions, Words words, int w) {
        Entity e = mentions.in(words.start[w], words.end[w]);
        return e != null && e.type() != EntityType.PERSON;
    }

    private static boolean nominalisationsOnly(Words words, int from, int to) {
        for (int w = from; w < to; w++) {
            if (!CommonWords.nominalisation(words.surface(w))) {
                return false;
            }
        }
        return true;
    }

    private static boolean honorificsOnly(ArticleView view, int from, int to) {
        for (int w = from; w < to; w++) {
            if (!view.is(w, QuoteLexicon.HONORIFIC)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name after a comma whose next word is an active verb (meN-, ber-) or a speech verb: the subject of the clause
     * after a long fronted phrase ("Jelang pertandingan … pada 22 Juli mendatang, Walikota Bandung Ridwan Kamil
     * mengadakan pertemuan").
     */
    private static boolean frontedSubject(ArticleView view, int from, int to) {
        Words words = view.words;
        if (from == 0 || to >= words.size || !words.gapBeforeHas(from, Words.COMMA) || words.gapBeforeHas(to, PHRASE_BREAK)
                || words.capitalised(to)) {
            return false;
        }
        return view.is(to, QuoteLexicon.CUE) || words.length(to) >= 5
                && (words.lowerStartsWith(to, "me") || words.lowerStartsWith(to, "ber"));
    }

    /** A name that opens its sentence, follows a short fronted phrase and a comma, or is a passive agent. */
    private static boolean subject(ArticleView view, int w) {
        Words words = view.words;
        if (view.sentenceInitial(w)) {
            return true;
        }
        if (w > 0 && (view.is(w - 1, QuoteLexicon.CUE_PASSIVE) || words.lowerEquals(w - 1, "oleh"))) {
            return true;
        }
        if (words.gapBeforeHas(w, Words.CLOSE_PAREN)) {
            // "Menteri Energi dan Sumber Daya Mineral (ESDM) Darmawan Pratama angkat bicara", "Wakil Ketua MPR dari
            // Fraksi Partai Amanat Nasional (PAN) Eddy Soeparno": a title phrase with its short form in parentheses
            // opens the sentence
            for (int k = w - 1; k >= 0 && w - k <= 12; k--) {
                if (!(words.capitalised(k) || words.lowerEquals(k, "dan") || words.lowerEquals(k, "dari")
                        || view.is(k, QuoteLexicon.TITLE))
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
