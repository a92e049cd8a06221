package dev.intisari.core.pipeline;

import dev.intisari.core.entity.EntityLinker;
import dev.intisari.core.entity.NameTally;
import dev.intisari.core.entity.Renaming;
import dev.intisari.model.Article;

import java.util.List;

/** An entity linker whose work, in memory or through its tally, counts as "entity linking" on a clock. */
final class TimedLinker implements EntityLinker {
    private static final String STAGE = "entity linking";
    private final EntityLinker linker;
    private final StageClock clock;

    TimedLinker(EntityLinker linker, StageClock clock) {
        this.linker = linker;
        this.clock = clock;
    }

    @Override
    public List<Article> link(List<Article> articles) {
        return clock.time(STAGE, () -> linker.link(articles));
    }

    @Override
    public NameTally tally() {
        NameTally tally = linker.tally();
        return new NameTally() {
            @Override
            public void add(Article analysed) {
                clock.time(STAGE, () -> {
                    tally.add(analysed);
                    return null;
                });
            }

            @Override
            public Renaming renaming() {
                Renaming renaming = clock.time(STAGE, tally::renaming);
                return a -> clock.time(STAGE, () -> renaming.apply(a));
            }
        };
    }
}
