-- The entity linker's tally (names, spellings and short forms counted over every ingested article), kept
-- between ingest runs so that a later article's short form takes the full name an earlier run saw.
CREATE TABLE linking_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    state       BLOB NOT NULL
);
