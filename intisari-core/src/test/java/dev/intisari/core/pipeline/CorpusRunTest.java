package dev.intisari.core.pipeline;

import dev.intisari.core.ingest.CorpusReader;
import dev.intisari.core.report.ReportWriter;
import dev.intisari.model.Article;
import dev.intisari.model.Grouping;
import dev.intisari.model.Published;
import dev.intisari.model.RawArticle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A corpus run writes its articles on a thread of its own while it groups them: the report still receives every
 * article, in input order, before any of the grouping, and an error of the writer ends the run.
 */
class CorpusRunTest {
    /** Fictional short reports (written for this test), two of them carried by a second outlet. */
    private static final String[] TEXTS = {
        "Pemerintah Kota Cirebon menutup sementara Pasar Kanoman setelah kebakaran melanda puluhan kios pada Jumat dini hari.",
        "Wali Kota Cirebon Rudi Hartono mengatakan pedagang akan dipindahkan ke lapangan Kebumen selama perbaikan.",
        "Hujan deras membuat Sungai Cimanuk meluap dan merendam dua desa di Kabupaten Indramayu pada Sabtu malam.",
        "Tim SAR gabungan mengevakuasi 120 warga Desa Pilangsari ke masjid dan sekolah yang aman dari banjir.",
    };

    private static List<RawArticle> corpus() {
        OffsetDateTime start = OffsetDateTime.parse("2025-07-11T06:00:00+07:00");
        List<RawArticle> raws = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = "a" + i;
            // later articles first in the input, so input order and publication order differ
            raws.add(new RawArticle(id, id + ".txt", null, i % 2 == 0 ? "Kabar Pantura" : "Warta Cirebon",
                    "Berita " + i, Published.of(start.minusHours(i), "jsonl"), null, TEXTS[i % TEXTS.length], null));
        }
        return raws;
    }

    private static CorpusReader reading(List<RawArticle> raws) {
        return (arguments, listener) -> raws.forEach(listener::article);
    }

    /** Records what it receives; the grouping must come after the last article. */
    private static final class Recording implements ReportWriter {
        final List<String> articles = new ArrayList<>();
        int articlesBeforeGrouping = -1;
        final IOException failure;

        Recording(IOException failure) {
            this.failure = failure;
        }

        @Override
        public void article(Article article) throws IOException {
            if (failure != null && articles.size() == 5) {
                throw failure;
            }
            articles.add(article.id());
        }

        @Override
        public void grouping(Grouping grouping) {
            articlesBeforeGrouping = articles.size();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void everyArticleIsWrittenInInputOrderBeforeTheGrouping() throws IOException {
        List<RawArticle> raws = corpus();
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            Recording report = new Recording(null);
            CorpusRun.Outcome outcome = new CorpusRun(reading(raws), Pipeline.standard(), pool)
                    .run(List.of(), report, p -> { }, n -> { });
            assertEquals(raws.size(), outcome.articles());
            assertEquals(raws.stream().map(RawArticle::id).toList(), report.articles);
            assertEquals(raws.size(), report.articlesBeforeGrouping);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aWriterErrorEndsTheRun() {
        IOException full = new IOException("disk full");
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            Recording report = new Recording(full);
            IOException thrown = assertThrows(IOException.class, () -> new CorpusRun(reading(corpus()),
                    Pipeline.standard(), pool).run(List.of(), report, p -> { }, n -> { }));
            assertEquals(full, thrown);
            assertTrue(report.articlesBeforeGrouping < 0, "no grouping after the writer failed");
        } finally {
            pool.shutdown();
        }
    }
}
