package dev.intisari.core.summary;

import dev.intisari.model.Entity;
import dev.intisari.model.KeyPoint;
import dev.intisari.model.Sentence;
import dev.intisari.model.StableId;
import dev.intisari.model.TokenizedText;

import java.util.ArrayList;
import java.util.List;

/** First version: the first three sentences. */
public final class LeadSummarizer implements Summarizer {
    @Override
    public List<KeyPoint> keyPoints(String articleId, TokenizedText text, List<Entity> entities) {
        List<KeyPoint> points = new ArrayList<>();
        for (Sentence s : text.sentences().subList(0, Math.min(3, text.sentences().size()))) {
            String sentence = s.span().of(text.text());
            points.add(new KeyPoint(StableId.of("kp", articleId, sentence), sentence, s.index()));
        }
        return points;
    }
}
