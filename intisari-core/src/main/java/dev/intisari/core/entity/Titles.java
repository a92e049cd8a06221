package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.Span;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The offices and ranks written right before a person's mentions ("Menlu Retno", "Letkol Teddy", "Gubernur Anies"),
 * for the cross-article linker ({@link NameCounts}): a short name written after the same title as a longer name's
 * mentions in other articles is evidence that both are one person, where the articles' other company says nothing
 * for the join. A title is a one-word {@code TITLE} row of the gazetteer (lower case); how telling it is for one
 * person is the linker's to judge (a title every article writes, "Presiden", "Pak", ties nobody in particular).
 */
final class Titles {
    private static final Set<String> WORDS = Lexicon.readLines("gazetteer.tsv", false).stream()
            .filter(line -> line.startsWith("TITLE\t"))
            .map(line -> line.split("\t")[1].strip())
            .filter(title -> title.indexOf(' ') < 0)
            .map(title -> title.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    /** The longest title word: longer words before a mention are not looked up (no string made per mention). */
    private static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElse(0);

    private Titles() {
    }

    /** The titles (lower case) written right before a mention of {@code e} in {@code text}; empty when none. */
    static Set<String> before(String text, Entity e) {
        Set<String> titles = null;
        for (Span m : e.mentions()) {
            if (m.start() > text.length()) {
                continue;
            }
            String word = Ranks.wordBefore(text, m.start(), LONGEST);
            if (word != null && WORDS.contains(word)) {
                if (titles == null) {
                    titles = new HashSet<>();
                }
                titles.add(word);
            }
        }
        return titles == null ? Set.of() : titles;
    }
}
