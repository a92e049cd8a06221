package dev.intisari.core.dedupe;

import dev.intisari.model.Article;
import dev.intisari.model.Origin;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where copies came from: the earliest published article of a duplicate group or story (ties by id, undated
 * articles last) and the wire sources its articles name ({@link Article#wire()}, e.g. "ANTARA" from
 * "Sumber: ANTARA"), in order of first appearance, each name once whatever its case.
 */
public final class Syndication {
    private static final Comparator<Article> EARLIEST = Comparator
            .comparing((Article a) -> a.published() == null ? null : a.published().instant(),
                    Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant)))
            .thenComparing(Article::id);

    private Syndication() {
    }

    /** The origin of {@code articles} (not empty). */
    public static Origin origin(List<Article> articles) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles");
        }
        List<Article> ordered = articles.stream().sorted(EARLIEST).toList();
        return new Origin(ordered.get(0).id(), wire(ordered));
    }

    /** The outlet of the earliest article, or null when it has none. */
    public static String firstPublisher(List<Article> articles) {
        return articles.stream().min(EARLIEST).map(Article::outlet).orElse(null);
    }

    private static List<String> wire(List<Article> ordered) {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Article a : ordered) {
            for (String name : a.wire()) {
                String trimmed = name.strip();
                if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                    names.add(trimmed);
                }
            }
        }
        return names;
    }
}
