package dev.intisari.eval.group;

import dev.intisari.eval.CsvTable;
import dev.intisari.model.Article;
import dev.intisari.model.Credits;
import dev.intisari.model.Published;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        List<List<String>> rows;
        try {
            rows = CsvTable.parse(Files.readString(folder.resolve("data_berita.csv"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> head = rows.get(0);
        int id = head.indexOf("id");
        int title = head.indexOf("judul");
        int url = head.indexOf("tautan");
        int when = head.indexOf("tanggal");
        int body = head.indexOf("isi_berita");
        Set<String> urls = new HashSet<>();
        List<Article> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= body || !urls.add(row.get(url))) {
                continue;
            }
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(row.get(when).strip(), WHEN);
            } catch (RuntimeException e) {
                continue;
            }
            Published published = Published.of(local.atZone(Published.JAKARTA).toOffsetDateTime(), "csv");
            out.add(new Article(row.get(id), row.get(url), "detik.com", row.get(url), row.get(title).strip(),
                    published, "id", List.of(), row.get(body).strip(), List.of(), List.of(),
                    new Credits(List.of(), List.of(), List.of()), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of()));
        }
        return out;
    }
}
