package dev.intisari.core.entity;

import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.model.EntityType;
import dev.intisari.model.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An office title before a body's short form and its holder's name the tagger left untagged ("Menteri PU Dodi
 * Hanggowo" in an article that defined "(PU)"): the title binds the person after the short form, not a person whose
 * name starts with it. The tagger's output is given by hand (one sentence, made up), as the case needs it to miss the
 * name.
 */
class HolderAfterShortFormTest {
    @Test
    void theShortFormIsNoPartOfTheHoldersName() {
        String text = "Anggaran Kementerian Pekerjaan Umum (PU) terserap separuh kata Purbaya usai bertemu Menteri PU "
                + "Dodi Hanggowo di kantornya";
        List<Token> tokens = new RuleTokenizer().tokenize(text);
        Lexicon lexicon = Lexicon.standard();
        ArticleTokens t = new ArticleTokens(text, tokens, new int[tokens.size()], lexicon);
        int ministry = index(t, "Kementerian");
        int shortForm = index(t, "PU");
        List<Mention> tagged = List.of(new Mention(ministry, ministry + 3, EntityType.ORGANIZATION),
                new Mention(shortForm, shortForm + 1, EntityType.ORGANIZATION));
        NameRules.Found found = new NameRules(lexicon, NameVariants.standard()).apply(t, tagged);
        int given = index(t, "Dodi");
        assertTrue(found.mentions().stream().anyMatch(m -> m.start() == given && m.end() == given + 2
                && m.type() == EntityType.PERSON), found.mentions()::toString);
        assertTrue(found.mentions().stream().noneMatch(m -> m.start() == given - 1 && m.type() == EntityType.PERSON),
                found.mentions()::toString);
    }

    private static int index(ArticleTokens t, String word) {
        for (int i = 0; i < t.size; i++) {
            if (t.words[i].equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word);
    }
}
