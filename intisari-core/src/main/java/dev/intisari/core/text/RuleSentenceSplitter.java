package dev.intisari.core.text;

import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.Token;

import java.util.ArrayList;
import java.util.List;

/** First version: a sentence ends at '.', '!' or '?' followed by white space, and at paragraph breaks. */
public final class RuleSentenceSplitter implements SentenceSplitter {
    @Override
    public List<Sentence> split(String text, List<Token> tokens, List<Span> headings) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length()
                    || text.charAt(i) == '\n'
                    || ((text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?')
                        && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)));
            if (end) {
                int stop = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
                int s = start;
                while (s < stop && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                if (s < stop) {
                    sentences.add(new Sentence(sentences.size(), new Span(s, stop)));
                }
                start = stop;
            }
        }
        return sentences;
    }
}
