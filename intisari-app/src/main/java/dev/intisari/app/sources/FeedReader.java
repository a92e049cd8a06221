package dev.intisari.app.sources;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.intisari.core.ingest.IngestListener;
import dev.intisari.model.InputProblem;
import dev.intisari.model.Published;
import dev.intisari.model.RawArticle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An RSS or Atom feed fetched over HTTP(S) and parsed with Rome. Each entry's link is fetched and its HTML
 * goes to the pipeline (cleaning finds the body); when the page cannot be fetched, the entry's own content
 * or description is used. Requests to one host are spaced by {@code hostDelay}. The entry's date is passed
 * as the publication date, marked as coming from metadata. Each site's robots.txt is read once and obeyed.
 * A feed saved as a file is read from its entries' own text ({@link #readFile}).
 */
public final class FeedReader {
    static final String USER_AGENT = "Intisari/0.1 (news analysis; +https://github.com/intisari)";

    private final HttpClient http;
    private final Duration hostDelay;
    private final Map<String, Long> lastFetch = new HashMap<>();
    private final Map<String, RobotsRules> robots = new HashMap<>();

    /** The outcome of one poll: the feed's HTTP status and its validators for the next conditional GET. */
    public record Poll(int status, String etag, String lastModified) {
    }

    public FeedReader(Duration hostDelay) {
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.hostDelay = hostDelay;
    }

    static boolean accepts(String argument) {
        return argument.startsWith("http://") || argument.startsWith("https://");
    }

    void read(String url, IngestListener listener) {
        poll(url, null, null, link -> false, listener);
    }

    /**
     * Reads a feed with a conditional GET ({@code etag}, {@code lastModified} from the previous poll, or
     * null): 304 reads nothing. Entries whose link is {@code known} are not fetched again.
     */
    public Poll poll(String url, String etag, String lastModified, java.util.function.Predicate<String> known,
                     IngestListener listener) {
        SyndFeed feed;
        Fetched page;
        try {
            page = fetch(URI.create(url), etag, lastModified);
            if (page.status() == 304) {
                return new Poll(304, etag, lastModified);
            }
            if (page.status() != 200) {
                listener.problem(InputProblem.error(url, 0, "feed answered HTTP " + page.status()));
                return new Poll(page.status(), etag, lastModified);
            }
            try (InputStream in = new ByteArrayInputStream(page.body()); XmlReader xml = new XmlReader(in)) {
                feed = new SyndFeedInput().build(xml);
            }
        } catch (IOException | FeedException | IllegalArgumentException e) {
            listener.problem(InputProblem.error(url, 0, "cannot read feed: " + e.getMessage()));
            return new Poll(0, etag, lastModified);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Poll(0, etag, lastModified);
        }
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink() == null ? null : URI.create(url).resolve(entry.getLink().strip()).toString();
            if (link != null && known.test(link)) {
                continue;
            }
            String html = null;
            if (link != null && accepts(link)) {
                try {
                    Fetched article = fetch(URI.create(link));
                    if (article.status() == 200 && Pages.isHtml(article.type())
                            && article.body().length <= Pages.MAX_BYTES) {
                        html = Pages.decode(article.body(), article.type());
                    } else {
                        listener.problem(InputProblem.warning(link, 0, "page answered HTTP " + article.status()
                                + (article.type() == null ? "" : " (" + article.type() + ")")
                                + "; using the feed's text"));
                    }
                } catch (IOException | IllegalArgumentException e) {
                    listener.problem(InputProblem.warning(link, 0, "cannot fetch page: " + e.getMessage()
                            + "; using the feed's text"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Poll(0, etag, lastModified);
                }
            }
            if (html == null || html.isBlank()) {
                html = entryText(entry);
            }
            String id = link != null ? link : entry.getUri();
            if (id == null || html == null || html.isBlank()) {
                listener.problem(InputProblem.error(url, 0, "feed entry '" + entry.getTitle()
                        + "': no page could be read and the entry has no text; skipped"));
                continue;
            }
            listener.article(new RawArticle(id, link != null ? link : url, link, feed.getTitle(),
                    strip(entry.getTitle()), published(entry), null, null, html));
        }
        return new Poll(200, page.etag(), page.lastModified());
    }

    /** A feed saved as a file: {@code .rss}, {@code .atom}, or {@code .xml} (which must then hold a feed). */
    static boolean acceptsFile(String argument) {
        String n = argument.toLowerCase(Locale.ROOT);
        return (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) && Files.isRegularFile(Path.of(argument));
    }

    /**
     * Reads a feed saved as a file: each entry's own content (or description) is its article, and nothing is
     * fetched, so a saved feed reads the same offline. An entry without text is one error naming the file and
     * the entry's number; a file that is no feed is one error.
     */
    void readFile(Path file, IngestListener listener) {
        SyndFeed feed;
        try (XmlReader xml = new XmlReader(file.toFile())) {
            feed = new SyndFeedInput().build(xml);
        } catch (IOException | FeedException | IllegalArgumentException e) {
            listener.problem(InputProblem.error(file.toString(), 0, "cannot read feed: " + e.getMessage()));
            return;
        }
        int number = 0;
        for (SyndEntry entry : feed.getEntries()) {
            number++;
            String link = strip(entry.getLink());
            String html = entryText(entry);
            String source = file + "#" + number;
            if (html == null || html.isBlank()) {
                listener.problem(InputProblem.error(file.toString(), 0, "feed entry " + number + " '"
                        + strip(entry.getTitle()) + "' has no text; skipped"));
                continue;
            }
            String id = link != null ? link : entry.getUri() != null ? entry.getUri() : source;
            listener.article(new RawArticle(id, source, link, strip(feed.getTitle()), strip(entry.getTitle()),
                    published(entry), null, null, html));
        }
    }

    /** The entry's publication (else update) date, marked as coming from metadata. */
    private static Published published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null
                : Published.of(date.toInstant().atZone(Published.JAKARTA).toOffsetDateTime(), "meta");
    }

    private static String entryText(SyndEntry entry) {
        StringBuilder out = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null) {
                out.append(c.getValue()).append('\n');
            }
        }
        if (out.length() == 0 && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            out.append(entry.getDescription().getValue());
        }
        return out.length() == 0 ? null : "<html><body><article>" + out + "</article></body></html>";
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record Fetched(int status, String type, byte[] body, String etag, String lastModified) {
    }

    private Fetched fetch(URI uri) throws IOException, InterruptedException {
        return fetch(uri, null, null);
    }

    private Fetched fetch(URI uri, String etag, String lastModified) throws IOException, InterruptedException {
        if (!robots(uri).allows(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))) {
            throw new IOException("robots.txt of " + uri.getHost() + " disallows " + uri.getRawPath());
        }
        return get(uri, etag, lastModified);
    }

    /** The site's robots.txt rules, fetched once: 4xx allows all, 5xx or no answer disallows all. */
    private RobotsRules robots(URI uri) throws InterruptedException {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        RobotsRules known = robots.get(origin);
        if (known != null) {
            return known;
        }
        RobotsRules rules;
        try {
            Fetched r = get(URI.create(origin + "/robots.txt"), null, null);
            rules = r.status() >= 200 && r.status() < 300
                    ? RobotsRules.parse(Pages.decode(r.body(), r.type()), USER_AGENT)
                    : r.status() >= 400 && r.status() < 500 ? RobotsRules.ALLOW_ALL : RobotsRules.DISALLOW_ALL;
        } catch (IOException e) {
            rules = RobotsRules.DISALLOW_ALL;
        }
        robots.put(origin, rules);
        return rules;
    }

    private Fetched get(URI uri, String etag, String lastModified) throws IOException, InterruptedException {
        politely(uri.getHost());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", USER_AGENT).GET();
        if (etag != null) {
            builder.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            builder.header("If-Modified-Since", lastModified);
        }
        HttpRequest request = builder.build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(Pages.MAX_BYTES + 1);
        }
        var headers = response.headers();
        return new Fetched(response.statusCode(), headers.firstValue("Content-Type").orElse(null), body,
                headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    }

    private void politely(String host) throws InterruptedException {
        Long last = lastFetch.get(host);
        if (last != null) {
            long wait = last + hostDelay.toMillis() - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }
        lastFetch.put(host, System.currentTimeMillis());
    }
}
