package io.policygraph.graph;

import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads named projects. */
@Service
public class ProjectGraph {

    /** How a project list is sorted. */
    public enum ProjectOrder { NAME, INVESTMENT_DESC }

    private static final String ITEM = "{node: p, city: [(p)-[:OF_CITY]->(c) | c.name][0]}";

    private final Cypher cypher;

    ProjectGraph(Cypher cypher) {
        this.cypher = cypher;
    }

    public Page<ProjectNode> page(Filters.ProjectFilter filter, ProjectOrder order, long offset, int limit, boolean countAll) {
        var f = filter == null ? new Filters.ProjectFilter(null, null, null) : filter;
        var where = new Where()
                .when(f.cities(), "EXISTS { (p)-[:OF_CITY]->(:City)-[:IN_CITY*0..1]->(c:City) WHERE c.name IN $cities }", "cities")
                .when(f.status(), "p.status = $status", "status")
                .when(f.name(), "p.name CONTAINS $name", "name");
        var orderBy = order == ProjectOrder.INVESTMENT_DESC ? "p.investmentYuan DESC, p.id" : "p.name, p.id";
        return PageQuery.run(cypher, "MATCH (p:Project)", where, orderBy, ITEM, offset, limit, countAll,
                v -> NodeMapping.project(v.get("node").asNode(), v.get("city").asString(null)));
    }

    public Map<String, ProjectNode> byIds(Collection<String> ids) {
        return cypher.read("MATCH (p:Project) WHERE p.id IN $ids RETURN " + ITEM + " AS v",
                        Map.of("ids", List.copyOf(ids))).stream()
                .map(r -> NodeMapping.project(r.get("v").get("node").asNode(), r.get("v").get("city").asString(null)))
                .collect(Collectors.toMap(ProjectNode::key, p -> p));
    }

    public Map<String, List<ProjectNode>> ofDocuments(Collection<String> documentIds) {
        return cypher.grouped("""
                MATCH (d:Document)-[:MENTIONS]->(p:Project) WHERE d.id IN $keys
                WITH d, p ORDER BY p.name
                RETURN d.id AS key, collect(%s) AS items
                """.formatted(ITEM), documentIds, v -> NodeMapping.project(v.get("node").asNode(), v.get("city").asString(null)));
    }

    public Map<String, List<ProjectNode>> ofTasks(Collection<String> taskIds) {
        return cypher.grouped("""
                MATCH (t:Task)-[:MENTIONS]->(p:Project) WHERE t.id IN $keys
                WITH t, p ORDER BY p.name
                RETURN t.id AS key, collect(%s) AS items
                """.formatted(ITEM), taskIds, v -> NodeMapping.project(v.get("node").asNode(), v.get("city").asString(null)));
    }

}
