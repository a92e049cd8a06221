-- The first schema. Migrations run in order of their number, each in one transaction.
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    hash        TEXT NOT NULL,      -- SHA-256 of the raw input fields: the same input is stored once
    source      TEXT NOT NULL,
    outlet      TEXT,
    title       TEXT,
    published   TEXT,               -- as the contract gives it (date or date-time)
    sort_time   TEXT,               -- UTC instant, for ordering
    raw         TEXT NOT NULL,      -- the input as JSON (the JSON Lines input format)
    analysis    TEXT NOT NULL,      -- the analysed article as contract JSON
    indexed     INTEGER NOT NULL DEFAULT 0, -- 1 once the search index has committed this version
    stored_at   TEXT NOT NULL
);
CREATE INDEX articles_unindexed ON articles(indexed) WHERE indexed = 0;

CREATE TABLE entities (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id   TEXT NOT NULL,
    name        TEXT NOT NULL,
    key         TEXT NOT NULL,      -- lower-cased name, the lookup key
    type        TEXT NOT NULL,
    mentions    INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_key ON entities(key);

CREATE TABLE quotes (
    id          TEXT NOT NULL,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker     TEXT,
    speaker_key TEXT,
    text        TEXT NOT NULL,
    direct      INTEGER NOT NULL,
    sentence    INTEGER NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_key);

CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    start_date  TEXT,
    end_date    TEXT,
    size        INTEGER NOT NULL,   -- number of articles
    outlets     INTEGER NOT NULL,
    body        TEXT NOT NULL       -- the story as contract JSON
);
CREATE INDEX stories_end ON stories(end_date);

CREATE TABLE story_articles (
    story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles(article_id);

CREATE TABLE story_entities (
    story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (story_id, key)
);
CREATE INDEX story_entities_key ON story_entities(key);

CREATE TABLE story_key_points (
    story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    key_point   TEXT NOT NULL,
    PRIMARY KEY (story_id, key_point)
);

-- A story id that no longer exists after a regrouping, and the story that carries on its articles.
CREATE TABLE story_aliases (
    alias       TEXT PRIMARY KEY,
    story_id    TEXT NOT NULL
);

CREATE TABLE reports (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id    TEXT NOT NULL,
    key_point   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    comment     TEXT,
    client      TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX reports_story ON reports(story_id);
CREATE INDEX reports_key_point ON reports(key_point);

-- Store-wide flags: stories_dirty = 1 while articles changed since the stories were last written.
CREATE TABLE state (
    name        TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);
INSERT INTO state(name, value) VALUES ('stories_dirty', '0');
