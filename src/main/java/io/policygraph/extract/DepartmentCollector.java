package io.policygraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Gathers the bodies of one document by canonical name, with every surface form seen. Not thread-safe: one per document. */
final class DepartmentCollector {

    private final DepartmentResolver resolver;
    private final IssuingPlace place;
    private final Integer year;
    private final Map<String, DepartmentResolver.Body> bodies = new LinkedHashMap<>();
    private final Map<String, Set<String>> aliases = new LinkedHashMap<>();

    DepartmentCollector(DepartmentResolver resolver, IssuingPlace place, Integer year) {
        this.resolver = resolver;
        this.place = place;
        this.year = year;
    }

    /** Records {@code surface} and returns the canonical name of the body it names, if it names one. */
    Optional<String> add(String surface) {
        Optional<DepartmentResolver.Body> body = resolver.resolve(surface, place, year);
        body.ifPresent(b -> {
            bodies.putIfAbsent(b.name(), b);
            aliases.computeIfAbsent(b.name(), k -> new LinkedHashSet<>()).add(surface.strip());
        });
        return body.map(DepartmentResolver.Body::name);
    }

    /** Canonical names of {@code surfaces}, each once, in order. */
    List<String> addAll(List<String> surfaces) {
        Set<String> names = new LinkedHashSet<>();
        for (String s : surfaces) {
            add(s).ifPresent(names::add);
        }
        return List.copyOf(names);
    }

    List<Department> departments() {
        List<Department> out = new ArrayList<>();
        bodies.forEach((name, b) -> out.add(new Department(name, aliases.get(name), b.type(), b.kind(), placeOf(name))));
        return out;
    }

    /** The county's own bodies belong to the county, every other body to the plan's city. */
    private String placeOf(String name) {
        return place.county() != null && name.contains(place.county()) ? place.county() : place.city();
    }
}
