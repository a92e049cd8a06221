package dev.intisari.core.quote;

import java.util.HashSet;
import java.util.Set;

/**
 * The title words of name reading ("juru", "bicara", "menteri", "kapolda"), each read on its own, and those of them
 * that usually take one place word before the holder's name ("Bupati Sleman Harda Kiswaya"). Lowercase.
 *
 * <p>For Indonesian they come from the entity recogniser's gazetteer, so that a title is written once for both
 * stages: its one-word TITLE and PORTFOLIO rows and its TITLE_WORD rows (the words of longer titles and the roles the
 * recogniser does not cut off a name), a third column {@code place} marking a place title. Left out are the
 * honorifics, which name reading reads as a class of their own ("Ibu", "Prof"), and rows marked {@code recogniser}
 * in their third column: nouns for a person in a story ("korban", "tersangka"), a given name ("Putri"), fields
 * written as common nouns or inside a body's name ("pengawasan", "riset", "HAM"). Other languages keep a plain
 * list, one word a line, "word +" marking a place title.
 */
record TitleWords(Set<String> titles, Set<String> placeTitles) {
    /** The gazetteer, as a resource path. */
    static final String GAZETTEER = "/dev/intisari/core/entity/gazetteer.tsv";

    TitleWords {
        titles = Set.copyOf(titles);
        placeTitles = Set.copyOf(placeTitles);
    }

    /** From a plain list's lines (lowercase, comments dropped): "word" or "word +". */
    static TitleWords ofList(Set<String> lines) {
        Set<String> plain = new HashSet<>();
        Set<String> placed = new HashSet<>();
        for (String line : lines) {
            if (line.endsWith("+")) {
                String word = line.substring(0, line.length() - 1).strip();
                plain.add(word);
                placed.add(word);
            } else {
                plain.add(line);
            }
        }
        return new TitleWords(plain, placed);
    }

    /**
     * From the gazetteer's lines (lowercase, comments dropped: "category&lt;TAB&gt;phrase[&lt;TAB&gt;place]"): the
     * one-word rows of the title categories, less {@code honorifics} and the rows marked {@code recogniser}.
     */
    static TitleWords ofGazetteer(Set<String> lines, Set<String> honorifics) {
        Set<String> plain = new HashSet<>();
        Set<String> placed = new HashSet<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length < 2 || !titleCategory(fields[0].strip())) {
                continue;
            }
            String word = fields[1].strip();
            String flag = fields.length > 2 ? fields[2].strip() : "";
            if (word.isEmpty() || word.indexOf(' ') >= 0 || honorifics.contains(word) || flag.equals("recogniser")) {
                continue;
            }
            plain.add(word);
            if (flag.equals("place")) {
                placed.add(word);
            }
        }
        return new TitleWords(plain, placed);
    }

    private static boolean titleCategory(String category) {
        return category.equals("title") || category.equals("portfolio") || category.equals("title_word");
    }
}
