package dev.intisari.eval.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.core.clean.RuleLineCleaner;
import dev.intisari.eval.SharedData;
import dev.intisari.model.RawArticle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * trafilatura's evaluation set (990 pages, mostly German): each "with" snippet found in our text is a true
 * positive, each one missing a false negative, each "without" snippet found a false positive; precision,
 * recall and F over all segments, as trafilatura's tests/evaluate.py counts them (substring containment).
 */
class TrafilaturaEval {
    private static final double F_FLOOR = 0.85;
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w-]+)");

    @Test
    void snippetsWithAndWithout() throws IOException {
        Path dir = SharedData.require("trafilatura-eval");
        JsonNode data = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        RuleLineCleaner cleaner = new RuleLineCleaner();
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        long nanos = 0;
        int pages = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> item = it.next();
            Path file = dir.resolve("html").resolve(item.getValue().path("file").asText() + ".gz");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String html = decode(file);
            long t0 = System.nanoTime();
            String text = cleaner.clean(new RawArticle(item.getKey(), file.toString(), item.getKey(), null, null, null,
                    null, null, html)).text();
            nanos += System.nanoTime() - t0;
            pages++;
            for (JsonNode with : item.getValue().path("with")) {
                if (text.contains(with.asText())) {
                    tp++;
                } else {
                    fn++;
                    if (Boolean.getBoolean("intisari.eval.verbose")) {
                        System.out.println("MISSING " + item.getValue().path("file").asText() + " | " + with.asText());
                    }
                }
            }
            for (JsonNode without : item.getValue().path("without")) {
                if (text.contains(without.asText())) {
                    fp++;
                    if (Boolean.getBoolean("intisari.eval.verbose")) {
                        System.out.println("FOUND " + item.getValue().path("file").asText() + " | " + without.asText());
                    }
                } else {
                    tn++;
                }
            }
        }
        double p = tp / (double) (tp + fp);
        double r = tp / (double) (tp + fn);
        double f = 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%ntrafilatura evaluation set, %d pages: precision %.3f, recall %.3f, F %.3f, "
                        + "accuracy %.3f (tp %d, fn %d, fp %d, tn %d); %.0f pages/s%n", pages, p, r, f,
                (tp + tn) / (double) (tp + tn + fp + fn), tp, fn, fp, tn, pages / (nanos / 1e9));
        System.out.println("published on the same set: trafilatura 2.2 .924, magic-html .889, jusText .862, "
                + "news-please .836, readability-lxml .826, goose3 .810, boilerpy3 .807, newspaper4k .801");
        assertTrue(f >= F_FLOOR, "F " + f + " below the pinned floor " + F_FLOOR);
    }

    /** UTF-8 when the bytes are valid UTF-8, else the declared charset, else Windows-1252. */
    static String decode(Path gz) throws IOException {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            bytes = in.readAllBytes();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = CHARSET.matcher(head);
            Charset cs = Charset.forName("windows-1252");
            if (m.find()) {
                try {
                    cs = Charset.forName(m.group(1));
                } catch (IllegalArgumentException unknown) {
                    cs = Charset.forName("windows-1252");
                }
            }
            return new String(bytes, cs);
        }
    }
}
