package com.frontdesk.search;

import java.util.List;
import java.util.Map;

/** The answer to one query: the hits of each kind, newest first; kinds without hits are left out. */
public record SearchResults(String query, Map<SearchKind, List<SearchHit>> groups) {
    public static SearchResults empty(String query) {
        return new SearchResults(query, Map.of());
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public int size() {
        return groups.values().stream().mapToInt(List::size).sum();
    }

    public List<SearchHit> of(SearchKind kind) {
        return groups.getOrDefault(kind, List.of());
    }
}
