package dev.intisari.core.quote;

/**
 * Who made a statement: a canonical name, the entity it came from (or null when found without one), and
 * whether it is a person (only persons are the referents of pronouns).
 */
record Speaker(String name, String entityId, boolean person) {
}
