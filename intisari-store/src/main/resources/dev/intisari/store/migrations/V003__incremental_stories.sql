-- Incremental story updates: which article versions the stories include, the grouping stages' state, and
-- the columns and indexes the read paths need at 100,000 articles.
ALTER TABLE articles ADD COLUMN grouped INTEGER NOT NULL DEFAULT 0; -- 1 once this version is in the stories
ALTER TABLE articles ADD COLUMN url TEXT;
UPDATE articles SET url = json_extract(raw, '$.url');
-- one format for every instant (seconds always written), so text order is time order
UPDATE articles SET sort_time = strftime('%Y-%m-%dT%H:%M:%SZ', sort_time) WHERE sort_time IS NOT NULL;
CREATE INDEX articles_ungrouped ON articles(grouped) WHERE grouped = 0;

-- The near-duplicate and clustering state after every article with grouped = 1 (Java serialisation of the
-- core's DuplicateState and ClusterState); written in the same transaction as the stories it produced.
CREATE TABLE grouping_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    generation  INTEGER NOT NULL,
    state       BLOB NOT NULL
);

CREATE INDEX stories_latest ON stories(end_date DESC, size DESC, id);
CREATE INDEX stories_largest ON stories(size DESC, end_date DESC, id);
