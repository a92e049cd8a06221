package dev.intisari.store.search;

import java.util.List;
import java.util.Map;

/** A page of hits, the total number of matches and the facet counts over all matches. */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
