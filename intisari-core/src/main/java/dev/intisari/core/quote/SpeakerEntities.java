package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a speaker found without an entity (a name read from a title phrase, a name completed or repaired after
 * the entity stage missed that mention) the id of the article's one person or organisation entity of exactly
 * that name, and that entity's kind: "Menteri Koordinator Bidang ..., Agus Harimurti Yudhoyono (AHY)
 * mengatakan" is read by the title rules as a name without an entity, and not as a person, while the article's
 * entity of that name is a person; the quote then points to his entity like his other quotes, and a later
 * "ujarnya" can refer to him. A name two such entities share stays without one. Per article; built on first use.
 */
final class SpeakerEntities {
    /** Stands for a name two entities share. */
    private static final Entity AMBIGUOUS = new Entity("", "", EntityType.PERSON, List.of());
    private final List<Entity> entities;
    /** Name → its one person or organisation entity, or {@link #AMBIGUOUS}. */
    private Map<String, Entity> named;

    SpeakerEntities(List<Entity> entities) {
        this.entities = entities;
    }

    /** The speaker with the entity of its name, or the speaker as it is (null, already linked, or no match). */
    Speaker link(Speaker speaker) {
        if (speaker == null || speaker.entityId() != null || entities.isEmpty()) {
            return speaker;
        }
        Entity e = named().get(speaker.name());
        return e == null || e == AMBIGUOUS ? speaker : new Speaker(speaker.name(), e.id(), e.type() == EntityType.PERSON);
    }

    private Map<String, Entity> named() {
        if (named == null) {
            named = new HashMap<>();
            for (Entity e : entities) {
                if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
                    named.merge(e.name(), e, (a, b) -> AMBIGUOUS);
                }
            }
        }
        return named;
    }
}
