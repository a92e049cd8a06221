package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/** The cleaned text with its headings, sentences and tokens: what the language layer gives later stages. */
public record TokenizedText(String text, List<Span> headings, List<Sentence> sentences, List<Token> tokens) {
    public TokenizedText {
        Objects.requireNonNull(text, "text");
        headings = List.copyOf(headings);
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    /** Index of the sentence containing {@code offset}, or -1 (offsets inside headings belong to none). */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
