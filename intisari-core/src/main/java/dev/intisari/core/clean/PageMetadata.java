package dev.intisari.core.clean;

import dev.intisari.model.Published;

import java.util.List;

/**
 * What a page's markup says about its article: JSON-LD (NewsArticle), OpenGraph and meta tags,
 * {@code <time datetime>}, and a date in the URL.
 *
 * @param articleBody the JSON-LD articleBody, or null: a fallback when extraction finds too little
 */
record PageMetadata(String title, Published published, String outlet, List<String> authors, String articleBody) {
    static final PageMetadata NONE = new PageMetadata(null, null, null, List.of(), null);
}
