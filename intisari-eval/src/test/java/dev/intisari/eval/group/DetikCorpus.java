package dev.intisari.eval.group;

import dev.intisari.eval.DetikRows;
import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.Published;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * detik-1000-summarization as {@link Article}s for the grouping stages: one article per URL (the CSV repeats an
 * article under each search keyword it was collected for; the first row's id is kept), headline from
 * {@code judul}, body from {@code isi_berita}, publication time from {@code tanggal} (Jakarta time), outlet
 * detik.com. Rows without a parsable time are left out.
 */
final class DetikCorpus {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M/d/yyyy H:mm");

    private DetikCorpus() {
    }

    static List<Article> read(Path folder) {
        Set<String> urls = new HashSet<>();
        List<Article> out = new ArrayList<>();
        for (DetikRows row : DetikRows.read(folder)) {
            if (!urls.add(row.url())) {
                continue;
            }
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(row.when().strip(), WHEN);
            } catch (RuntimeException e) {
                continue;
            }
            Published published = Published.of(local.atZone(Published.JAKARTA).toOffsetDateTime(), "csv");
            out.add(new Article(row.id(), row.url(), "detik.com", row.url(), row.title().strip(),
                    published, "id", List.of(), row.body().strip(), List.of(), List.of(),
                    new Credits(List.of(), List.of(), List.of()), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of()));
        }
        return out;
    }
}
