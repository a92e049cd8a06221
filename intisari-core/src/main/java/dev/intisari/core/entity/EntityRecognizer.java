package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.TokenizedText;

import java.util.List;

/** Finds the people, organisations and places of one article and gives each its canonical name. */
public interface EntityRecognizer {
    List<Entity> recognize(TokenizedText text);
}
