package io.policygraph.search;

import java.util.Collection;
import java.util.Set;

/** Restricts a search to some cities and/or documents; a null or empty set means no restriction. */
public record SearchFilter(Set<String> cities, Set<String> documentIds) {

    public static final SearchFilter NONE = new SearchFilter(Set.of(), Set.of());

    public SearchFilter {
        cities = cities == null ? Set.of() : Set.copyOf(cities);
        documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
    }

    /** From the lists a GraphQL filter carries, either of which may be null. */
    public static SearchFilter of(Collection<String> cities, Collection<String> documentIds) {
        return new SearchFilter(cities == null ? null : Set.copyOf(cities),
                documentIds == null ? null : Set.copyOf(documentIds));
    }

    public static SearchFilter cities(String... cities) {
        return new SearchFilter(Set.of(cities), Set.of());
    }

    public static SearchFilter documents(String... documentIds) {
        return new SearchFilter(Set.of(), Set.of(documentIds));
    }
}
