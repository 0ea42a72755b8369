package io.policygraph.graph;

import java.util.List;

/** A body of a city's government; {@code name} is canonical and is its key. */
public record DepartmentNode(String name, List<String> aliases, String type, String kind, String cityName)
        implements GraphNode {
    public static final String TYPE = "Department";

    @Override
    public String key() {
        return name;
    }
}
