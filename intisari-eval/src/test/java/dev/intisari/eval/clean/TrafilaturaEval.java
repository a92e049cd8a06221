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
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * trafilatura's evaluation set (990 pages, mostly German): each "with" snippet found in our text is a true
 * positive, each one missing a false negative, each "without" snippet found a false positive; precision,
 * recall and F over all segments, as trafilatura's tests/evaluate.py counts them (substring containment).
 *
 * <p>The pages are split deterministically into a development half (CRC-32 of the file name even) and a
 * held-out half (odd): the extractor was tuned by reading the errors of the development half only; both
 * halves and the whole set are reported.
 */
class TrafilaturaEval {
    private static final double F_FLOOR = 0.929;
    private static final double HELD_OUT_F_FLOOR = 0.913;
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w-]+)");

    @Test
    void snippetsWithAndWithout() throws IOException {
        Path dir = SharedData.require("trafilatura-eval");
        JsonNode data = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        RuleLineCleaner cleaner = new RuleLineCleaner();
        int[][] counts = new int[2][4];
        long nanos = 0;
        int pages = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> item = it.next();
            String name = item.getValue().path("file").asText();
            Path file = dir.resolve("html").resolve(name + ".gz");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String html = decode(file);
            long t0 = System.nanoTime();
            String text = cleaner.clean(new RawArticle(item.getKey(), file.toString(), item.getKey(), null, null, null,
                    null, null, html)).text();
            nanos += System.nanoTime() - t0;
            pages++;
            int half = heldOut(name) ? 1 : 0;
            int[] c = counts[half];
            boolean verbose = half == 0 && Boolean.getBoolean("intisari.eval.verbose");
            for (JsonNode with : item.getValue().path("with")) {
                if (text.contains(with.asText())) {
                    c[0]++;
                } else {
                    c[1]++;
                    if (verbose) {
                        System.out.println("MISSING " + name + " | " + with.asText());
                    }
                }
            }
            for (JsonNode without : item.getValue().path("without")) {
                if (text.contains(without.asText())) {
                    c[2]++;
                    if (verbose) {
                        System.out.println("FOUND " + name + " | " + without.asText());
                    }
                } else {
                    c[3]++;
                }
            }
        }
        int[] all = new int[4];
        for (int[] c : counts) {
            for (int k = 0; k < 4; k++) {
                all[k] += c[k];
            }
        }
        System.out.printf(Locale.ROOT, "%ntrafilatura evaluation set, %d pages (%.0f pages/s)%n", pages, pages / (nanos / 1e9));
        System.out.printf("%-22s %6s %6s %6s %6s %5s %5s %5s%n", "part", "P", "R", "F", "acc", "tp", "fn", "fp");
        row("development half", counts[0]);
        double heldOutF = row("held-out half", counts[1]);
        double f = row("all", all);
        System.out.println("published on the same set: trafilatura 2.2 .924, magic-html .889, jusText .862, "
                + "news-please .836, readability-lxml .826, goose3 .810, boilerpy3 .807, newspaper4k .801");
        assertTrue(f >= F_FLOOR, "F " + f + " below the pinned floor " + F_FLOOR);
        assertTrue(heldOutF >= HELD_OUT_F_FLOOR, "held-out F " + heldOutF + " below the pinned floor " + HELD_OUT_F_FLOOR);
    }

    /** The deterministic split: CRC-32 of the page's file name, odd = held out. */
    static boolean heldOut(String fileName) {
        CRC32 crc = new CRC32();
        crc.update(fileName.getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() & 1) == 1;
    }

    /** Prints one row (tp, fn, fp, tn) and returns its F. */
    private static double row(String label, int[] c) {
        double p = c[0] / (double) (c[0] + c[2]);
        double r = c[0] / (double) (c[0] + c[1]);
        double f = 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f %6.3f %5d %5d %5d%n", label, p, r, f,
                (c[0] + c[3]) / (double) (c[0] + c[1] + c[2] + c[3]), c[0], c[1], c[2]);
        return f;
    }

    /**
     * UTF-8 when the bytes are valid UTF-8; else the first charset the page declares other than UTF-8 (archived
     * pages carry the archive's own "utf-8" declarations before the page's "gb2312"); else, when the page
     * declares only UTF-8, UTF-8 with the few broken bytes replaced; else Windows-1252.
     */
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
            boolean saysUtf8 = false;
            while (m.find()) {
                String name = m.group(1);
                if (name.replace("-", "").equalsIgnoreCase("utf8")) {
                    saysUtf8 = true;
                    continue;
                }
                try {
                    return new String(bytes, Charset.forName(name));
                } catch (IllegalArgumentException unknown) {
                    // try the next declaration
                }
            }
            return new String(bytes, saysUtf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"));
        }
    }
}
