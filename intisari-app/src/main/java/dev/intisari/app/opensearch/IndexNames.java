package dev.intisari.app.opensearch;

import java.util.Objects;

/**
 * The indices read and written by {@code serve --opensearch}: the Flink job's article and story indices (the
 * defaults are the job's, {@code JobConfig}) and the index of error reports this server writes.
 */
public record IndexNames(String articles, String stories, String reports) {
    public static final String ALIASES = "-aliases";

    public static final IndexNames DEFAULTS = new IndexNames("intisari-articles", "intisari-stories",
            "intisari-reports");

    /**
     * The index where the job records a story merged into another (document id: the merged story, field
     * {@code into}: the story that absorbed it): the story index's name with {@value #ALIASES} appended.
     */
    public String aliases() {
        return stories + ALIASES;
    }

    public IndexNames {
        for (String name : new String[] {articles, stories, reports}) {
            Objects.requireNonNull(name, "index name");
            if (!name.matches("[a-z0-9][a-z0-9._-]{0,200}")) {
                throw new IllegalArgumentException("not an OpenSearch index name: " + name);
            }
        }
    }
}
