-- A story's articles are read a page at a time in publication order (undated articles last): the order key
-- is kept on the story's article rows with an index, so one page costs the same whatever the story's size.
ALTER TABLE story_articles ADD COLUMN sort_key TEXT NOT NULL DEFAULT '~';
UPDATE story_articles SET sort_key = COALESCE((SELECT a.sort_time FROM articles a WHERE a.id = story_articles.article_id), '~');
CREATE INDEX IF NOT EXISTS story_articles_order ON story_articles(story_id, sort_key, article_id);
