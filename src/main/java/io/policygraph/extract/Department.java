package io.policygraph.extract;

import java.util.Set;

/**
 * A body named as an actor. {@code name} is canonical (city + full official name) and is the
 * identity of the body across documents; {@code type} is the name without the city.
 */
public record Department(String name, Set<String> aliases, String type, DepartmentKind kind, String city) {

    public Department {
        aliases = Set.copyOf(aliases);
    }
}
