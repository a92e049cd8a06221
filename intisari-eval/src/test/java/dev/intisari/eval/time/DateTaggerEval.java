package dev.intisari.eval.time;

import dev.intisari.core.time.RuleDateTagger;
import dev.intisari.eval.SharedData;
import dev.intisari.model.DateMention;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Date expressions against the hand labels of {@code dates.tsv} (real articles of detik-1000, IndoSum dev
 * fold 1 and the seed fixtures, read from ../shared): detection precision/recall/F1 on exact spans (and on
 * overlapping spans), exact value accuracy on the detected expressions, and the tagger's throughput.
 * With {@code -Dtime.dump=true} it prints the annotation view of the sampled documents instead.
 */
class DateTaggerEval {
    private static final Pattern TRIGGER = Pattern.compile("(?iu)\\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|"
            + "minggu|ahad|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|"
            + "desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|sept|okt|nov|des|lalu|silam|depan|mendatang|kemarin|"
            + "besok|lusa|hari|pekan|bulan|tahun|tanggal|tgl|pagi|siang|sore|malam|kuartal|semester|awal|akhir|"
            + "pertengahan|setahun|sebulan|sepekan|seminggu)\\b|\\b(1[89]|20)\\d\\d\\b|\\d/\\d");

    private final RuleDateTagger tagger = new RuleDateTagger();

    private static Map<String, DatedText> corpus(DateLabels labels) {
        Map<String, DatedText> all = new HashMap<>();
        all.putAll(TimeCorpus.detik(SharedData.require("detik-1000-summarization")));
        all.putAll(TimeCorpus.indosum(SharedData.require("indosum-devfolds").resolve("dev.01.jsonl")));
        Map<String, LocalDate> seeds = new LinkedHashMap<>();
        labels.docs.forEach((k, v) -> {
            if (k.startsWith("seed:")) {
                seeds.put(k, v);
            }
        });
        all.putAll(TimeCorpus.seeds(SharedData.shared().resolve("fixtures").resolve("seeds-dev"), seeds));
        return all;
    }

    @Test
    void annotationView() {
        Assumptions.assumeTrue(Boolean.getBoolean("time.dump"), "annotation view only with -Dtime.dump=true");
        Map<String, DatedText> detik = TimeCorpus.detik(SharedData.require("detik-1000-summarization"));
        Map<String, DatedText> indosum = TimeCorpus.indosum(SharedData.require("indosum-devfolds").resolve("dev.01.jsonl"));
        List<DatedText> sample = new ArrayList<>();
        int k = 0;
        for (DatedText t : detik.values()) {
            if (k++ % 25 == 0) {
                sample.add(t);
            }
        }
        k = 0;
        for (DatedText t : indosum.values()) {
            if (k++ % 19 == 0) {
                sample.add(t);
            }
        }
        StringBuilder draft = new StringBuilder();
        for (DatedText t : sample) {
            System.out.println("### " + t.id() + " anchor " + t.anchor() + " " + t.anchor().getDayOfWeek());
            List<DateMention> found = tagger.tag(t.text(), t.anchor());
            draft.append("doc\t").append(t.id()).append('\n');
            for (DateMention d : found) {
                int occurrence = 0;
                for (int at = t.text().indexOf(d.text()); at >= 0 && at < d.span().start(); at = t.text().indexOf(d.text(), at + 1)) {
                    occurrence++;
                }
                draft.append(t.id()).append('\t').append(occurrence).append('\t').append(d.text()).append('\t')
                        .append(d.value()).append('\n');
            }
            for (String line : t.text().split("(?<=[.!?\"])\\s+|\n+")) {
                int at = t.text().indexOf(line);
                StringBuilder b = new StringBuilder(line);
                boolean any = TRIGGER.matcher(line).find();
                for (int i = found.size() - 1; i >= 0; i--) {
                    DateMention d = found.get(i);
                    if (d.span().start() >= at && d.span().end() <= at + line.length()) {
                        any = true;
                        b.insert(d.span().end() - at, "|" + d.value() + "]]");
                        b.insert(d.span().start() - at, "[[");
                    }
                }
                if (any) {
                    System.out.println("  " + b);
                }
            }
        }
        try {
            java.nio.file.Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "dates-draft.tsv"), draft);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void detectionAndValues() {
        DateLabels labels = DateLabels.load();
        Map<String, DatedText> texts = corpus(labels);
        int gold = 0;
        int predicted = 0;
        int exact = 0;
        int overlap = 0;
        int valueRight = 0;
        int negatives = 0;
        int negativesTagged = 0;
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, LocalDate> doc : labels.docs.entrySet()) {
            DatedText t = texts.get(doc.getKey());
            assertTrue(t != null, "no text for " + doc.getKey());
            LocalDate anchor = doc.getValue() != null ? doc.getValue() : t.anchor();
            List<DateMention> found = tagger.tag(t.text(), anchor);
            Map<Integer, DateMention> byStart = new HashMap<>();
            found.forEach(d -> byStart.put(d.span().start(), d));
            List<int[]> goldSpans = new ArrayList<>();
            for (DateLabels.Label l : labels.labels) {
                if (!l.doc().equals(doc.getKey())) {
                    continue;
                }
                int s = nth(t.text(), l.text(), l.occurrence());
                assertTrue(s >= 0, "label not in text: " + l);
                if (l.negative()) {
                    negatives++;
                    if (found.stream().anyMatch(d -> d.span().start() < s + l.text().length() && s < d.span().end())) {
                        negativesTagged++;
                        errors.add("NEG  " + l.doc() + " '" + l.text() + "'");
                    }
                    continue;
                }
                gold++;
                goldSpans.add(new int[] {s, s + l.text().length()});
                DateMention d = byStart.get(s);
                if (d != null && d.span().end() == s + l.text().length()) {
                    exact++;
                    if (Objects.equals(d.value(), l.value())) {
                        valueRight++;
                    } else {
                        errors.add("VAL  " + l.doc() + " '" + l.text() + "' gold " + l.value() + " got " + d.value());
                    }
                } else {
                    boolean over = found.stream().anyMatch(x -> x.span().start() < s + l.text().length() && s < x.span().end());
                    overlap += over ? 1 : 0;
                    errors.add("MISS " + l.doc() + " '" + l.text() + "'" + (over ? " (overlap: "
                            + found.stream().filter(x -> x.span().start() < s + l.text().length() && s < x.span().end())
                            .map(DateMention::text).toList() + ")" : ""));
                }
            }
            for (DateMention d : found) {
                predicted++;
                boolean matched = goldSpans.stream().anyMatch(g -> g[0] == d.span().start() && g[1] == d.span().end());
                boolean touches = goldSpans.stream().anyMatch(g -> g[0] < d.span().end() && d.span().start() < g[1]);
                if (!matched && !touches) {
                    errors.add("FP   " + doc.getKey() + " '" + d.text() + "' = " + d.value());
                }
            }
        }
        errors.forEach(e -> System.out.println("  " + e));
        double p = exact / (double) predicted;
        double r = exact / (double) gold;
        double f = 2 * p * r / (p + r);
        double lr = (exact + overlap) / (double) gold;
        double accuracy = valueRight / (double) exact;
        System.out.printf("%nDate expressions: %d documents, %d gold expressions, %d labelled negatives%n",
                labels.docs.size(), gold, negatives);
        System.out.printf("| measure | value | target |%n|---|---|---|%n");
        System.out.printf("| detection precision (exact span) | %.3f | |%n", p);
        System.out.printf("| detection recall (exact span) | %.3f | |%n", r);
        System.out.printf("| detection F1 (exact span) | %.3f | >= 0.95 |%n", f);
        System.out.printf("| recall (overlapping span) | %.3f | |%n", lr);
        System.out.printf("| value accuracy on detected | %.3f (%d/%d) | >= 0.93 |%n", accuracy, valueRight, exact);
        System.out.printf("| labelled negatives tagged | %d of %d | 0 |%n", negativesTagged, negatives);
        System.out.printf("| throughput | %.0f articles per CPU-second (one thread, one run) | >= 10,000 |%n", throughput(texts));
        assertTrue(gold >= 300, "the development set needs at least 300 expressions, has " + gold);
        assertTrue(f >= 0.93, "F1 " + f);
        assertTrue(accuracy >= 0.93, "accuracy " + accuracy);
        assertFalse(negativesTagged > 2, "negatives tagged " + negativesTagged);
    }

    /** All detik and IndoSum dev-1 articles through the tagger, after a warm-up pass. */
    private double throughput(Map<String, DatedText> texts) {
        List<DatedText> all = new ArrayList<>(texts.values());
        long sink = 0;
        for (DatedText t : all) {
            sink += tagger.tag(t.text(), t.anchor()).size();
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        int n = 0;
        for (int round = 0; round < 5; round++) {
            for (DatedText t : all) {
                sink += tagger.tag(t.text(), t.anchor()).size();
                n++;
            }
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9; // CPU time: the machine is shared
        assertTrue(sink > 0);
        return n / seconds;
    }

    private static int nth(String text, String needle, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }

}
