package dev.intisari.store;

/** Nanoseconds an {@link Ingest} spent in each part of its work, summed over its runs. */
public final class IngestTimes {
    long analysis;
    long database;
    long index;
    long grouping;
    long explanation;
    long stories;

    /** The per-article stages (all cores). */
    public long analysisNanos() {
        return analysis;
    }

    /** SQLite: articles, entities and quotes in one transaction per batch (their JSON written on all cores). */
    public long databaseNanos() {
        return database;
    }

    /** Lucene: documents analysed and added (all cores), commits. */
    public long indexNanos() {
        return index;
    }

    /** Near-duplicates and story clustering of the new articles; the fold itself is sequential. */
    public long groupingNanos() {
        return grouping;
    }

    /** Explaining the stories that changed (all cores). */
    public long explanationNanos() {
        return explanation;
    }

    /** Reading back the members of changed stories, writing them and the grouping state. */
    public long storiesNanos() {
        return stories;
    }

    IngestTimes copy() {
        IngestTimes t = new IngestTimes();
        t.analysis = analysis;
        t.database = database;
        t.index = index;
        t.grouping = grouping;
        t.explanation = explanation;
        t.stories = stories;
        return t;
    }
}
