/**
 * The embedded store under one data directory: SQLite ({@code intisari.db}) for articles (raw input and the
 * analysed contract JSON), stories, story aliases, entities, quotes and error reports, with versioned
 * migrations; a Lucene index ({@code index/}) for full-text search. {@link dev.intisari.store.Store} is the
 * facade; {@link dev.intisari.store.Ingest} adds articles incrementally and regroups the stories.
 */
package dev.intisari.store;
