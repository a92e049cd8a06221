package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;

/**
 * Who made a statement: a canonical name, the entity it came from (or null when found without one), and
 * whether it is a person (only persons are the referents of pronouns).
 */
record Speaker(String name, String entityId, boolean person) {
    /** The entity as a speaker: its canonical name and id. */
    static Speaker of(Entity e) {
        return new Speaker(e.name(), e.id(), e.type() == EntityType.PERSON);
    }
}
