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
    private final String city;
    private final String county;
    private final Map<String, DepartmentResolver.Body> bodies = new LinkedHashMap<>();
    private final Map<String, Set<String>> aliases = new LinkedHashMap<>();

    DepartmentCollector(DepartmentResolver resolver, String city, String county) {
        this.resolver = resolver;
        this.city = city;
        this.county = county;
    }

    /** Records {@code surface} and returns the canonical name of the body it names, if it names one. */
    Optional<String> add(String surface) {
        Optional<DepartmentResolver.Body> body = resolver.resolve(surface, city, county);
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
        bodies.forEach((name, b) -> out.add(new Department(name, aliases.get(name), b.type(), b.kind(), city)));
        return out;
    }
}
