package dev.intisari.eval.summary;

import dev.intisari.core.quote.SpeakerQuoteMerger;
import dev.intisari.core.summary.CitingStoryExplainer;
import dev.intisari.core.summary.SupervisedMmrSummarizer;
import dev.intisari.core.time.DatedSentenceTimeline;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Article;
import dev.intisari.model.KeyPoint;
import dev.intisari.model.Story;
import dev.intisari.model.StoryGroup;
import dev.intisari.model.StoryKeyPoint;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes every key point of IndoSum dev folds 1–4 (each article on its own, and the articles grouped into stories
 * of 1 to 50) with its citations and outlets to {@code -Dintisari.summary.dump=FILE}, so that a speed change can
 * be shown to leave the output byte-identical: dump before, dump after, diff. Skips without the property.
 */
class KeyPointsDumpEval {
    private static final int[] STORY_SIZES = {1, 2, 3, 5, 8, 13, 20, 50};

    @Test
    void dump() throws Exception {
        String target = System.getProperty("intisari.summary.dump");
        Assumptions.assumeTrue(target != null, "set -Dintisari.summary.dump=FILE to write the dump");
        Path folds = SharedData.require("indosum-devfolds");
        List<IndoSumFolds.Doc> docs = new ArrayList<>();
        for (int f = 1; f <= 4; f++) {
            docs.addAll(IndoSumFolds.read(folds.resolve("dev.0" + f + ".jsonl")));
        }
        SupervisedMmrSummarizer summarizer = new SupervisedMmrSummarizer();
        CitingStoryExplainer explainer = new CitingStoryExplainer(new SpeakerQuoteMerger(), new DatedSentenceTimeline());
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            articles.add(StorySpeedEval.article(docs.get(i), i));
        }
        int points = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                List<KeyPoint> kps = summarizer.keyPoints(a.id(), a.title(),
                        new TokenizedText(a.text(), a.headings(), a.sentences(), List.of()), a.entities());
                out.write("A " + a.id() + "\n");
                for (KeyPoint k : kps) {
                    out.write("  " + k.sentence() + " " + k.id() + " " + k.text() + "\n");
                    points++;
                }
            }
            int from = 0;
            for (int s = 0; from < articles.size(); s++) {
                int size = Math.min(STORY_SIZES[s % STORY_SIZES.length], articles.size() - from);
                List<Article> members = articles.subList(from, from + size);
                from += size;
                StoryGroup group = new StoryGroup("s" + s, members.stream().map(Article::id).toList(), List.of());
                Story story = explainer.explain(group, members);
                out.write("S " + story.id() + " " + story.title() + "\n");
                for (StoryKeyPoint p : story.keyPoints()) {
                    out.write("  " + p.id() + " " + p.outlets() + " " + p.text() + "\n    " + p.citations() + "\n");
                }
                out.write("  entities " + story.entities() + "\n  outlets " + story.outlets() + "\n");
            }
        }
        assertTrue(points > 0);
    }
}
