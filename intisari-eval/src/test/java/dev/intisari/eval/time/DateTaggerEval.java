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

    /** Exact-span detection and value figures of one label file. */
    private record Scores(int docs, int gold, int predicted, int exact, int overlap, int valueRight, int negatives,
                          int negativesTagged) {
        double precision() {
            return exact / (double) predicted;
        }

        double recall() {
            return exact / (double) gold;
        }

        double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }

        double accuracy() {
            return valueRight / (double) exact;
        }
    }

    @Test
    void detectionAndValues() {
        DateLabels dev = DateLabels.load("dates.tsv");
        DateLabels heldOut = DateLabels.load("dates-heldout.tsv");
        DateLabels blind = DateLabels.load("dates-heldout2.tsv");
        Map<String, DatedText> texts = corpus(dev);
        texts.putAll(corpus(heldOut));
        System.out.println("Development set (drafted from the tagger's output, then corrected by reading):");
        Scores d = score(dev, texts);
        System.out.println("Held-out set (annotated blind, before the tagger saw it):");
        Scores h = score(heldOut, texts);
        System.out.println("Second held-out set (annotated blind after the last rule change, scored once):");
        Scores b = score(blind, texts);
        DateLabels third = DateLabels.load("dates-heldout3.tsv");
        System.out.println("Third held-out set (36 unseen detik articles, annotated blind in session 18):");
        Scores c = score(third, texts);
        System.out.printf("| held-out 3: documents / gold / negatives %d / %d / %d | precision %.3f | recall %.3f | F1 %.3f"
                + " | value accuracy %.3f (%d/%d) | negatives tagged %d |%n", c.docs, c.gold, c.negatives, c.precision(),
                c.recall(), c.f1(), c.accuracy(), c.valueRight, c.exact, c.negativesTagged);
        System.out.printf("%n| measure | development | held-out 1 | held-out 2 | target |%n|---|---|---|---|---|%n");
        System.out.printf("| documents / gold expressions / labelled negatives | %d / %d / %d | %d / %d / %d | %d / %d / %d | >= 300 |%n",
                d.docs, d.gold, d.negatives, h.docs, h.gold, h.negatives, b.docs, b.gold, b.negatives);
        System.out.printf("| detection precision (exact span) | %.3f | %.3f | %.3f | |%n", d.precision(), h.precision(), b.precision());
        System.out.printf("| detection recall (exact span) | %.3f | %.3f | %.3f | |%n", d.recall(), h.recall(), b.recall());
        System.out.printf("| detection F1 (exact span) | %.3f | %.3f | %.3f | >= 0.95 |%n", d.f1(), h.f1(), b.f1());
        System.out.printf("| recall (overlapping span) | %.3f | %.3f | %.3f | |%n", (d.exact + d.overlap) / (double) d.gold,
                (h.exact + h.overlap) / (double) h.gold, (b.exact + b.overlap) / (double) b.gold);
        System.out.printf("| value accuracy on detected | %.3f (%d/%d) | %.3f (%d/%d) | %.3f (%d/%d) | >= 0.93 |%n",
                d.accuracy(), d.valueRight, d.exact, h.accuracy(), h.valueRight, h.exact, b.accuracy(), b.valueRight, b.exact);
        System.out.printf("| labelled negatives tagged | %d of %d | %d of %d | %d of %d | 0 |%n",
                d.negativesTagged, d.negatives, h.negativesTagged, h.negatives, b.negativesTagged, b.negatives);
        System.out.printf("| throughput | %.0f articles per CPU-second (one thread, one run) | | | >= 10,000 |%n",
                throughput(texts));
        assertTrue(d.gold >= 300, "the development set needs at least 300 expressions");
        assertTrue(d.f1() >= 0.98, "development F1 " + d.f1());
        assertTrue(d.accuracy() >= 0.96, "development accuracy " + d.accuracy());
        assertTrue(h.f1() >= 0.97, "held-out 1 F1 " + h.f1());
        assertTrue(h.accuracy() >= 0.95, "held-out 1 accuracy " + h.accuracy());
        assertTrue(b.f1() >= 0.96, "held-out 2 F1 " + b.f1());
        assertTrue(b.accuracy() >= 0.94, "held-out 2 accuracy " + b.accuracy());
        assertFalse(d.negativesTagged + h.negativesTagged + b.negativesTagged > 3, "negatives tagged");
    }

    private Scores score(DateLabels labels, Map<String, DatedText> texts) {
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
            found.forEach(m -> byStart.put(m.span().start(), m));
            List<int[]> goldSpans = new ArrayList<>();
            for (DateLabels.Label l : labels.labels) {
                if (!l.doc().equals(doc.getKey())) {
                    continue;
                }
                int s = nth(t.text(), l.text(), l.occurrence());
                assertTrue(s >= 0, "label not in text: " + l);
                int e = s + l.text().length();
                List<String> touching = found.stream().filter(x -> x.span().start() < e && s < x.span().end())
                        .map(DateMention::text).toList();
                if (l.negative()) {
                    negatives++;
                    if (!touching.isEmpty()) {
                        negativesTagged++;
                        errors.add("NEG  " + l.doc() + " '" + l.text() + "' " + touching);
                    }
                    continue;
                }
                gold++;
                goldSpans.add(new int[] {s, e});
                DateMention m = byStart.get(s);
                if (m != null && m.span().end() == e) {
                    exact++;
                    if (Objects.equals(m.value(), l.value())) {
                        valueRight++;
                    } else {
                        errors.add("VAL  " + l.doc() + " '" + l.text() + "' gold " + l.value() + " got " + m.value());
                    }
                } else {
                    overlap += touching.isEmpty() ? 0 : 1;
                    errors.add("MISS " + l.doc() + " '" + l.text() + "'" + (touching.isEmpty() ? "" : " (overlap: " + touching + ")"));
                }
            }
            for (DateMention m : found) {
                predicted++;
                boolean touches = goldSpans.stream().anyMatch(g -> g[0] < m.span().end() && m.span().start() < g[1]);
                if (!touches) {
                    errors.add("FP   " + doc.getKey() + " '" + m.text() + "' = " + m.value());
                }
            }
        }
        errors.forEach(e -> System.out.println("  " + e));
        return new Scores(labels.docs.size(), gold, predicted, exact, overlap, valueRight, negatives, negativesTagged);
    }

    /** All detik and IndoSum dev-1 articles through the tagger, after a warm-up pass. */
    private double throughput(Map<String, DatedText> texts) {
        List<DatedText> all = new ArrayList<>(texts.values());
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            for (DatedText t : all) {
                sink += tagger.tag(t.text(), t.anchor()).size();
            }
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
