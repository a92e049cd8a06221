package dev.intisari.core.entity;

import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.model.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseWordsTest {
    /**
     * A resource phrase is split into the words the tokenizer makes of the same text: names, marks, and
     * abbreviations with their periods (web addresses such as "Kompas.com" are not split alike; no resource
     * phrase is one).
     */
    @ParameterizedTest
    @ValueSource(strings = {"Prof.", "Kombes Pol.", "S.I.K.", "M.Si.", "Ph.D.", "Juru Bicara", "Kim Jong - un",
            "A. Cresswell", "PT Bank Rakyat Indonesia (Persero)", "Dr. Ir. Budi"})
    void splitsAsTheTokenizerDoes(String phrase) {
        List<String> tokens = new RuleTokenizer().tokenize(phrase).stream().map(Token::text).toList();
        assertEquals(tokens, PhraseWords.split(phrase));
    }
}
