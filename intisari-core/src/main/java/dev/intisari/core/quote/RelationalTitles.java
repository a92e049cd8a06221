package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;

/**
 * Relational titles ({@code relational-titles.txt}: "kuasa hukum", "pengacara", "juru bicara") right before a
 * person's name, for one article. The name may be the holder's principal ("kata kuasa hukum Novel" is Novel's
 * lawyer) or the holder himself ("pengacara Ulrich Weber" introducing him): it is the principal when the article
 * gave the person already (a shorter form of a longer name, or an earlier mention) and does not bind him to the
 * title with a qualifier ("Juru Bicara KPK Febri Diansyah"). For a principal the speaker is the holder in
 * apposition, else the person bound to the title, else the phrase itself as a description: never the principal.
 */
final class RelationalTitles {
    private final Words words;
    private final QuoteLexicon lex;
    private final ArticleNames names;
    private final RoleBindings roles;

    RelationalTitles(ArticleView view, ArticleNames names, RoleBindings roles) {
        this.words = view.words;
        this.lex = view.lexicon;
        this.names = names;
        this.roles = roles;
    }

    /** True when a relational title ends right before word {@code nameFrom}, at or after {@code from}. */
    boolean before(int from, int nameFrom) {
        return lex.relationalTitleBefore(words, from, nameFrom) >= 0;
    }

    /**
     * The speaker of a phrase [from, to) whose name follows a relational title, when the name is the principal
     * (see the class comment); null when the name is the holder. The title bindings must be read.
     */
    PhraseReading principalsTitle(PhraseAnalysis a, int from, int to, int position, EntityMentions mentions) {
        int title = lex.relationalTitleBefore(words, from, a.nameFrom);
        if (title < 0) {
            return null;
        }
        Speaker named = names.person(names.nameStart(a), a.nameTo, position);
        Entity principal = named.entityId() == null ? null : mentions.person(named.entityId());
        if (principal == null || !givenBefore(named, principal, a, words.start[from])
                || roles.holdsQualified(title, a.nameFrom, named)) {
            return null;
        }
        Speaker holder = apposed(title > 0 && words.gapBeforeHas(title, Words.COMMA) ? title - 1 : -1, principal, mentions);
        if (holder == null) {
            holder = apposed(to < words.size && words.gapBeforeHas(to, Words.COMMA) ? to : -1, principal, mentions);
        }
        if (holder == null) {
            holder = roles.holderOtherThan(title, a.nameFrom, position, named);
        }
        return PhraseReading.of(holder != null ? holder
                : new Speaker(NameWords.display(words, title, a.nameTo), null, true));
    }

    /**
     * True when a relational title ends right before a person's name [nameFrom, nameTo) ("pengacara Khadr"): the
     * name may be the principal, not the holder, so the title binds nobody to it.
     */
    static boolean beforePerson(ArticleView view, EntityMentions mentions, int from, int nameFrom, int nameTo) {
        if (view.lexicon.relationalTitleBefore(view.words, from, nameFrom) < 0) {
            return false;
        }
        Entity e = mentions.in(view.words.start[nameFrom], view.words.end[nameTo - 1]);
        return e != null && e.type() == EntityType.PERSON;
    }

    /** The person (not {@code principal}) whose entity mention covers word {@code w}, or null. */
    private Speaker apposed(int w, Entity principal, EntityMentions mentions) {
        if (w < 0) {
            return null;
        }
        Entity e = mentions.in(words.start[w], words.end[w]);
        return e == null || e == principal || e.type() != EntityType.PERSON ? null : names.entitySpeaker(e, words.start[w]);
    }

    /**
     * True when the phrase's name is a shorter form of the person's name as the article gives it ("Novel" for
     * "Novel Baswedan"), or the person was mentioned before the phrase.
     */
    private static boolean givenBefore(Speaker named, Entity person, PhraseAnalysis a, int start) {
        int phraseWords = a.nameTo - a.nameFrom;
        return named.name().split(" ").length > phraseWords || person.name().split(" ").length > phraseWords
                || !person.mentions().isEmpty() && person.mentions().get(0).start() < start;
    }
}
