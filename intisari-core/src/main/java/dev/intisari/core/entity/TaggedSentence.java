package dev.intisari.core.entity;

import java.util.List;

/** One training sentence: its words and their BIO tags ("O", "B-PERSON", "I-PERSON", ...). */
public record TaggedSentence(List<String> words, List<String> tags) {
    public TaggedSentence {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException("words and tags differ in length");
        }
    }
}
