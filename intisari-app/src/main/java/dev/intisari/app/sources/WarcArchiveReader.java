package dev.intisari.app.sources;

import dev.intisari.core.ingest.IngestListener;
import dev.intisari.model.InputProblem;
import dev.intisari.model.RawArticle;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A WARC archive ({@code .warc}, {@code .warc.gz}, as Common Crawl publishes news): every HTTP response
 * with status 200 and an HTML body becomes an article whose id and url are the target URI; other records
 * are skipped. A damaged record ends the archive with one error line.
 */
final class WarcArchiveReader {
    void read(Path file, IngestListener listener) {
        String source = file.toString().replace('\\', '/');
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                try {
                    var http = response.http();
                    String type = http.headers().first("Content-Type").orElse(null);
                    if (http.status() != 200 || !Pages.isHtml(type)) {
                        continue;
                    }
                    byte[] body;
                    try (InputStream in = http.body().stream()) {
                        body = in.readNBytes(Pages.MAX_BYTES + 1);
                    }
                    String uri = response.target();
                    if (body.length > Pages.MAX_BYTES) {
                        listener.problem(InputProblem.error(source, 0, uri + ": page larger than 20 MB; skipped"));
                        continue;
                    }
                    String html = Pages.decode(body, type);
                    if (html.isBlank()) {
                        continue;
                    }
                    listener.article(new RawArticle(uri, source + "#" + uri, uri, null, null, null, null, null, html));
                } catch (IOException | RuntimeException e) {
                    listener.problem(InputProblem.error(source, 0, "bad WARC response record: " + e.getMessage()));
                }
            }
        } catch (IOException | RuntimeException e) {
            listener.problem(InputProblem.error(source, 0, "cannot read WARC archive: " + e.getMessage()));
        }
    }

    static boolean accepts(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }
}
