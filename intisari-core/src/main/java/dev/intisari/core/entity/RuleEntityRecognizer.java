package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.TokenizedText;

import java.util.List;

/** First version: finds nothing. */
public final class RuleEntityRecognizer implements EntityRecognizer {
    @Override
    public List<Entity> recognize(TokenizedText text) {
        return List.of();
    }
}
