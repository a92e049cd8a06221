package dev.intisari.model;

import java.util.List;
import java.util.Objects;

/** Where a story's copies came from: its earliest article and the wire sources its articles name. */
public record Origin(String first, List<String> wire) {
    public Origin {
        Objects.requireNonNull(first, "first");
        wire = List.copyOf(wire);
    }
}
