package dev.intisari.store.search;

/** How many matching articles carry one facet value. */
public record FacetCount(String value, int count) {
}
