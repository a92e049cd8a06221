package dev.intisari.core.clean;

import dev.intisari.model.CleanArticle;
import dev.intisari.model.Credits;
import dev.intisari.model.RawArticle;

import java.util.List;

/** First version: keeps every line; the first line is the title when the input has none. */
public final class RuleLineCleaner implements Cleaner {
    @Override
    public CleanArticle clean(RawArticle raw) {
        String body = raw.text() != null ? raw.text() : org.jsoup.Jsoup.parse(raw.html()).body().wholeText();
        String[] lines = body.strip().split("\\R");
        StringBuilder text = new StringBuilder();
        String title = raw.title();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (title == null && i == 0) {
                title = line;
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(line);
        }
        return new CleanArticle(title, text.toString(), List.of(), List.of(), Credits.NONE, List.of(), List.of(),
                null, null, null);
    }
}
