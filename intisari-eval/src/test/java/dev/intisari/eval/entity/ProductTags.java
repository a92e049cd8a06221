package dev.intisari.eval.entity;

import java.util.Map;

/** Maps each data set's tag names to the product's three types; the others (events, food, time, quantity) to O. */
final class ProductTags {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("PPL", "PERSON"), Map.entry("PER", "PERSON"), Map.entry("PERSON", "PERSON"),
            Map.entry("PLC", "LOCATION"), Map.entry("PLACE", "LOCATION"), Map.entry("LOC", "LOCATION"),
            Map.entry("LOCATION", "LOCATION"),
            Map.entry("IND", "ORGANIZATION"), Map.entry("ORG", "ORGANIZATION"),
            Map.entry("ORGANISATION", "ORGANIZATION"), Map.entry("ORGANIZATION", "ORGANIZATION"));

    private ProductTags() {
    }

    static String map(String tag) {
        if (tag.length() < 3 || tag.charAt(1) != '-') {
            return "O";
        }
        String type = TYPES.get(tag.substring(2));
        return type == null ? "O" : tag.substring(0, 2) + type;
    }
}
