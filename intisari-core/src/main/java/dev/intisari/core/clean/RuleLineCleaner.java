package dev.intisari.core.clean;

import dev.intisari.model.CleanArticle;
import dev.intisari.model.RawArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The cleaner: every line of a plain-text article, or every block a page's main content yields, is
 * classified by rules kept as resources ({@link LineClassifier}); HTML goes first through
 * {@link ContainerScoringExtractor} and {@link HtmlMetadataReader}.
 *
 * <p>The cascade for HTML: the highest-scoring container; when it holds little text, the JSON-LD
 * articleBody; then every paragraph of the page; a page with no text gives an empty text. When both text and
 * HTML are given, the text is the body and the HTML is read for metadata only. Immutable and thread-safe;
 * never throws on odd input.
 */
public final class RuleLineCleaner implements Cleaner {
    /** Longest HTML read (characters); the rest of a bigger page is cut off before parsing. */
    static final int MAX_HTML = 20_000_000;
    private static final int MIN_CONTAINER = 200;
    private static final double BODY_FALLBACK_RATIO = 2.0;

    private final LineClassifier classifier = new LineClassifier();
    private final HtmlHints hints = HtmlHints.load();
    private final HtmlMetadataReader metadata = new HtmlMetadataReader();
    private final ContainerScoringExtractor extractor = new ContainerScoringExtractor(hints);

    @Override
    public CleanArticle clean(RawArticle raw) {
        // a plain text's cleaned text is about as long as the text given (blank lines between paragraphs are kept)
        ArticleBuilder out = new ArticleBuilder(raw.text() != null ? raw.text().length() : ArticleBuilder.ARTICLE_CHARS);
        PageMetadata meta = PageMetadata.NONE;
        ContainerScoringExtractor.Walk walk = null;
        if (raw.html() != null) {
            String html = raw.html().length() > MAX_HTML ? raw.html().substring(0, MAX_HTML) : raw.html();
            Document doc = Jsoup.parse(html, raw.url() == null ? "" : raw.url(), Parser.htmlParser());
            if (raw.text() == null) {
                // one walk over the body serves the extraction and the metadata
                MetadataScan scan = HtmlMetadataReader.headScan(doc);
                walk = extractor.walk(doc.body(), scan);
                meta = metadata.read(doc, raw.url(), scan);
            } else {
                meta = metadata.read(doc, raw.url());
            }
        }
        String givenTitle = raw.title() != null ? raw.title() : meta.title();
        List<InputLine> lines;
        if (raw.text() != null) {
            lines = textLines(raw.text());
        } else {
            ContainerScoringExtractor.Extraction body = htmlBody(walk, meta);
            lines = blockLines(body.blocks());
            if (givenTitle == null) {
                givenTitle = body.heading1();
            }
        }
        out.published(meta.published());
        out.outlet(meta.outlet());
        classifier.classify(lines, givenTitle, raw.text() != null, raw.outlet() != null ? raw.outlet() : meta.outlet(), out);
        out.title(givenTitle);
        for (String author : meta.authors()) {
            out.credit("author", author);
        }
        return out.build();
    }

    /** The cascade: scored container, JSON-LD articleBody, every paragraph of the page. */
    private ContainerScoringExtractor.Extraction htmlBody(ContainerScoringExtractor.Walk walk, PageMetadata meta) {
        ContainerScoringExtractor.Extraction found = extractor.extract(walk, meta.title());
        int ldLength = meta.articleBody() == null ? 0 : meta.articleBody().strip().length();
        if (found.containerChars() >= MIN_CONTAINER && ldLength <= BODY_FALLBACK_RATIO * found.containerChars()) {
            return found;
        }
        if (ldLength >= MIN_CONTAINER) {
            List<ContainerScoringExtractor.Block> blocks = new ArrayList<>();
            String plain = Parser.unescapeEntities(meta.articleBody(), false);
            for (String paragraph : plain.split("\\R")) {
                String p = BlockText.collapse(paragraph);
                if (!p.isEmpty()) {
                    blocks.add(new ContainerScoringExtractor.Block(p, 0, false, false));
                }
            }
            return new ContainerScoringExtractor.Extraction(blocks, found.heading1(), ldLength);
        }
        if (found.containerChars() > 0) {
            return found;
        }
        List<ContainerScoringExtractor.Block> all = extractor.allBlocks(walk);
        int chars = all.stream().mapToInt(b -> b.text().length()).sum();
        return new ContainerScoringExtractor.Extraction(all, found.heading1(), chars);
    }

    private static List<InputLine> blockLines(List<ContainerScoringExtractor.Block> blocks) {
        List<InputLine> lines = new ArrayList<>();
        int number = 1;
        for (ContainerScoringExtractor.Block b : blocks) {
            if (b.text().indexOf('\n') < 0) {
                lines.add(new InputLine(number++, b.text(), b.heading(), b.dropped()));
                continue;
            }
            for (String line : b.text().split("\n")) {
                lines.add(new InputLine(number++, line, b.heading(), b.dropped()));
            }
        }
        return lines;
    }

    private static List<InputLine> textLines(String text) {
        List<InputLine> lines = new ArrayList<>();
        int number = 1;
        if (text.indexOf('\r') < 0) {
            int start = 0;
            for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
                lines.add(new InputLine(number++, text.substring(start, end), false));
                start = end + 1;
            }
            lines.add(new InputLine(number, text.substring(start), false));
            return lines;
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                lines.add(new InputLine(number++, text.substring(start, i), false));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
