package dev.intisari.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of detik-1000-summarization/data_berita.csv that hold a body, in file order, with the columns the
 * evaluations read: {@code id}, {@code tautan} (URL), {@code judul} (headline), {@code tanggal} (publication time as
 * written, "M/d/yyyy H:mm", Jakarta time) and {@code isi_berita} (body).
 */
public record DetikRows(String id, String url, String title, String when, String body) {

    public static List<DetikRows> read(Path folder) {
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
        List<DetikRows> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > body) {
                out.add(new DetikRows(row.get(id), row.get(url), row.get(title), row.get(when), row.get(body)));
            }
        }
        return out;
    }
}
