package io.policygraph.graph;

import org.neo4j.driver.Value;
import org.neo4j.cypherdsl.core.Cypher;
import org.springframework.stereotype.Service;


import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads departments: the bodies that lead, share and support tasks. */
@Service
public class DepartmentGraph {

    static final String ITEM = "{node: dep, city: [(dep)-[:OF_CITY]->(c) | c.name][0]}";

    private final GraphClient cypher;

    DepartmentGraph(GraphClient cypher) {
        this.cypher = cypher;
    }

    static DepartmentNode fromItem(Value item) {
        return NodeMapping.department(item.get("node").asNode(), item.get("city").asString(null));
    }

    /** A page of departments by name after {@code after} (a position of this list; null for the first), each projected with {@code selection}: one statement. */
    public Page<Map<String, Object>> page(Criteria.Departments filter, Selection selection, Map<String, Object> after,
                                          int limit, boolean countAll) {
        var parameters = new Projections.Parameters();
        var projections = new Projections(parameters);
        return new PagedRead(Projections.DEPARTMENT, (dep, from) -> {
            // On the first page "name IS NOT NULL" lets the planner read departments in the order of the
            // name index and stop after a page, instead of sorting all of them; a later page's "name > $after"
            // does the same (and the planner refuses two predicates on an index-provided key).
            var inNameOrder = from != null ? from : dep.property("name").isNotNull();
            var condition = Conditions.and(Conditions.department(projections, parameters, dep, filter), inNameOrder);
            var dl = Cypher.node("Deadline").named(projections.variable("dl"));
            var due = filter == null ? null : Conditions.dueOn(parameters, dl, filter.leadsTasksDue());
            if (due == null) {
                return Cypher.match(dep).where(condition);
            }
            // Leaders of tasks due in a window: one pattern, so the planner chooses between walking the
            // departments in name order until a page of leaders is found (a window as wide as a quarter)
            // and seeking the deadline index (a narrow one).
            return Cypher.match(dl.relationshipFrom(Cypher.node("Task"), "DUE").relationshipTo(dep, "LED_BY"))
                    .where(Conditions.and(due, condition))
                    .withDistinct(dep);
        }, dep -> List.of(PagedRead.Key.ascending(dep, "name")))
                .run(cypher, projections, parameters, selection, after, limit, countAll);
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
