package io.policygraph.graph;

import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads cities. */
@Service
public class CityGraph {

    private final GraphClient cypher;

    CityGraph(GraphClient cypher) {
        this.cypher = cypher;
    }

    public List<CityNode> all() {
        return cypher.read("MATCH (c:City) RETURN c ORDER BY c.name", Map.of()).stream()
                .map(r -> NodeMapping.city(r.get("c").asNode())).toList();
    }

    public Map<String, CityNode> byNames(Collection<String> names) {
        return cypher.read("MATCH (c:City) WHERE c.name IN $names RETURN c", Map.of("names", List.copyOf(names)))
                .stream().map(r -> NodeMapping.city(r.get("c").asNode()))
                .collect(Collectors.toMap(CityNode::name, c -> c));
    }
}
