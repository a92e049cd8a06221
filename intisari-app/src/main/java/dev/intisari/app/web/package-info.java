/**
 * The web page: server-rendered HTML pages over the store (latest stories, a story with its key points,
 * citations, timeline chart, who said what, outlet comparison and related articles; articles; entities;
 * search), with a little JavaScript and all assets served by the app.
 *
 * <p>All article text is untrusted. Pages are written through {@link dev.intisari.app.web.Markup}, which
 * escapes every text and attribute value and accepts links only through {@link dev.intisari.app.web.Href};
 * {@link dev.intisari.app.web.WebPages} sets a strict Content-Security-Policy (scripts and styles from the
 * app only, nothing inline). See docs/web.md.
 */
package dev.intisari.app.web;
