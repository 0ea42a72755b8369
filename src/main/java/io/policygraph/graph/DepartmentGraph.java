package io.policygraph.graph;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads departments: the bodies that lead, share and support tasks. */
@Service
public class DepartmentGraph {

    static final String ITEM = "{node: dep, city: [(dep)-[:OF_CITY]->(c) | c.name][0]}";

    private final Cypher cypher;

    DepartmentGraph(Cypher cypher) {
        this.cypher = cypher;
    }

    static DepartmentNode fromItem(Value item) {
        return NodeMapping.department(item.get("node").asNode(), item.get("city").asString(null));
    }

    public Page<DepartmentNode> page(Filters.DepartmentFilter filter, long offset, int limit, boolean countAll) {
        var f = filter == null ? new Filters.DepartmentFilter(null, null, null, null) : filter;
        var where = new Where()
                .when(f.cities(), "EXISTS { (dep)-[:OF_CITY]->(:City)-[:IN_CITY*0..1]->(c:City) WHERE c.name IN $cities }", "cities")
                .when(f.type(), "dep.type = $type", "type")
                .when(f.kind(), "dep.kind = $kind", "kind");
        // Leaders of tasks due in a window are found from the deadlines in it (an index seek), not by
        // testing every department: the answer is usually a small part of all departments.
        var match = f.leadsTasksDue() == null || f.leadsTasksDue().isEmpty() ? "MATCH (dep:Department)" : """
                MATCH (dl:Deadline) WHERE %s
                MATCH (dl)<-[:DUE]-(:Task)-[:LED_BY]->(dep:Department)
                WITH DISTINCT dep""".formatted(where.dueCondition(f.leadsTasksDue()));
        return PageQuery.run(cypher, match, where, "dep.name", ITEM, offset, limit, countAll,
                DepartmentGraph::fromItem);
    }

    public Map<String, DepartmentNode> byNames(Collection<String> names) {
        return cypher.read("MATCH (dep:Department) WHERE dep.name IN $names RETURN " + ITEM + " AS v",
                        Map.of("names", List.copyOf(names))).stream()
                .map(r -> fromItem(r.get("v")))
                .collect(Collectors.toMap(DepartmentNode::name, d -> d));
    }

    /** Every body each document names as an actor. */
    public Map<String, List<DepartmentNode>> namedBy(Collection<String> documentIds) {
        return cypher.grouped("""
                MATCH (d:Document)-[:NAMES]->(dep:Department) WHERE d.id IN $keys
                WITH d, dep ORDER BY dep.name
                RETURN d.id AS key, collect(%s) AS items
                """.formatted(ITEM), documentIds, DepartmentGraph::fromItem);
    }

    public Map<String, List<DepartmentNode>> ofCities(Collection<String> cities) {
        return cypher.grouped("""
                MATCH (c:City)<-[:OF_CITY]-(dep:Department) WHERE c.name IN $keys
                WITH c, dep ORDER BY dep.name
                RETURN c.name AS key, collect({node: dep, city: c.name}) AS items
                """, cities, DepartmentGraph::fromItem);
    }

}
