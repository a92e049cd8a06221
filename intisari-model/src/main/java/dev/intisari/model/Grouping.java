package dev.intisari.model;

import java.util.List;

/** What the corpus-level stages find over all articles: copies, stories and storylines. */
public record Grouping(List<DuplicateGroup> duplicates, List<Story> stories, List<Storyline> storylines) {
    public Grouping {
        duplicates = List.copyOf(duplicates);
        stories = List.copyOf(stories);
        storylines = List.copyOf(storylines);
    }
}
