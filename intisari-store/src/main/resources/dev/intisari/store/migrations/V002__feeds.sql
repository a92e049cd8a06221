-- Feeds that `intisari watch` polls, with the validators of the last answer for conditional GET.
CREATE TABLE feeds (
    url           TEXT PRIMARY KEY,
    added_at      TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    last_checked  TEXT,
    last_status   INTEGER
);
