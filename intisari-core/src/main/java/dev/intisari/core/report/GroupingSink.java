package dev.intisari.core.report;

import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.Grouping;
import dev.intisari.model.Story;
import dev.intisari.model.Storyline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Receives what the corpus stages find, as they find it: the duplicate groups once, then each story as it is
 * explained (in the order of the grouping), then the storylines once, which ends the grouping. A corpus of a
 * million articles has hundreds of thousands of stories; a sink that writes each one and lets it go keeps
 * them out of memory.
 */
public interface GroupingSink {
    void duplicates(List<DuplicateGroup> duplicates) throws IOException;

    void story(Story story) throws IOException;

    /** The last call: the storylines over all stories. */
    void storylines(List<Storyline> storylines) throws IOException;

    /** A sink that gathers everything and hands {@code whole} the complete grouping at the end. */
    static GroupingSink collecting(Whole whole) {
        return new GroupingSink() {
            private List<DuplicateGroup> duplicates = List.of();
            private final List<Story> stories = new ArrayList<>();

            @Override
            public void duplicates(List<DuplicateGroup> found) {
                duplicates = found;
            }

            @Override
            public void story(Story story) {
                stories.add(story);
            }

            @Override
            public void storylines(List<Storyline> storylines) throws IOException {
                whole.accept(new Grouping(duplicates, stories, storylines));
            }
        };
    }

    /** Takes a complete grouping. */
    interface Whole {
        void accept(Grouping grouping) throws IOException;
    }
}
