package dev.intisari.eval.summary;

import dev.intisari.eval.CsvTable;
import dev.intisari.core.summary.DeletionCheck;
import dev.intisari.core.summary.LexRank;
import dev.intisari.core.summary.PointTrimmer;
import dev.intisari.core.summary.SentenceSet;
import dev.intisari.core.summary.SupervisedMmrSummarizer;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.eval.SharedData;
import dev.intisari.model.KeyPoint;
import dev.intisari.model.Sentence;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Article key points on detik-1000-summarization (2025 Detik articles with manual abstractive summaries): the
 * body (already plain text) through the pipeline's tokenizer, sentence splitter and entity recognizer, then LEAD-3, LexRank and the shipped
 * SupervisedMmr model, each choosing exactly three sentences, scored by ROUGE-1/2/L F1 against the summary.
 */
class DetikKeyPointsEval {
    /** Pinned floors, slightly below the measured figures (docs/summary.md). */
    private static final double FLOOR_ROUGE1 = 30.5;
    private static final double FLOOR_OVER_LEAD = 0.5;

    @Test
    void detikThousand() throws Exception {
        Path dir = SharedData.require("detik-1000-summarization");
        List<List<String>> rows = CsvTable.parse(Files.readString(dir.resolve("data_berita.csv"), StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int body = header.indexOf("isi_berita");
        int summary = header.indexOf("Summary");
        int id = header.indexOf("id");
        int title = header.indexOf("judul");
        RuleTokenizer tokenizer = new RuleTokenizer();
        RuleSentenceSplitter splitter = new RuleSentenceSplitter();
        SupervisedMmrSummarizer ours = new SupervisedMmrSummarizer();
        SystemScores lead = new SystemScores("LEAD-3 (sentences)");
        SystemScores leadTrim = new SystemScores("LEAD-3 (trimmed like key points)");
        SystemScores lexrank = new SystemScores("LexRank top-3 (sentences)");
        SystemScores oursSent = new SystemScores("SupervisedMmr (sentences)");
        SystemScores oursPoints = new SystemScores("SupervisedMmr (key points)");
        PointTrimmer trimmer = new PointTrimmer();
        int points = 0;
        int faithful = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= Math.max(body, summary) || row.get(body).isBlank() || row.get(summary).isBlank()) {
                continue;
            }
            String plain = row.get(body).strip();
            List<Token> tokens = tokenizer.tokenize(plain);
            List<Sentence> sentences = splitter.split(plain, tokens, List.of());
            TokenizedText text = new TokenizedText(plain, List.of(), sentences, tokens);
            // entities from the pipeline's entity stage, as the product's key points see them
            SentenceSet set = SentenceSet.of(text, row.get(title), IndoSumText.entities(text), new HashMap<>());
            String reference = row.get(summary);
            int[] first = new int[Math.min(3, set.size())];
            StringBuilder trimmedLead = new StringBuilder();
            for (int i = 0; i < first.length; i++) {
                first[i] = i;
                trimmedLead.append(trimmer.trim(set.text(i))).append('\n');
            }
            lead.add(join(set, first), reference);
            leadTrim.add(trimmedLead.toString(), reference);
            lexrank.add(join(set, IndoSumKeyPointsEval.top(LexRank.centrality(set), 3)), reference);
            List<KeyPoint> kps = ours.keyPoints(row.get(id), set, 3);
            assertEquals(Math.min(3, set.size()), kps.size());
            oursSent.add(join(set, kps.stream().mapToInt(KeyPoint::sentence).toArray()), reference);
            StringBuilder joined = new StringBuilder();
            for (KeyPoint kp : kps) {
                joined.append(kp.text()).append('\n');
                points++;
                faithful += DeletionCheck.derivable(kp.text(), set.text(kp.sentence())) ? 1 : 0;
            }
            oursPoints.add(joined.toString(), reference);
        }
        System.out.println("detik-1000-summarization (manual abstractive summaries), every system three sentences");
        System.out.println(SystemScores.header());
        for (SystemScores s : List.of(lead, leadTrim, lexrank, oursSent, oursPoints)) {
            System.out.println(s.row());
        }
        System.out.printf(Locale.ROOT, "faithfulness: %d of %d key points pass the deletion check%n", faithful, points);
        assertEquals(points, faithful);
        assertTrue(oursPoints.rouge1() >= FLOOR_ROUGE1);
        assertTrue(oursPoints.rouge1() - lead.rouge1() >= FLOOR_OVER_LEAD, "over LEAD-3");
    }

    private static String join(SentenceSet set, int[] indices) {
        StringBuilder out = new StringBuilder();
        for (int i : indices) {
            out.append(set.text(i)).append('\n');
        }
        return out.toString();
    }
}
