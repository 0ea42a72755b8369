package io.policygraph.graph;

import org.neo4j.cypherdsl.core.Cypher;
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

    private final GraphClient cypher;

    ProjectGraph(GraphClient cypher) {
        this.cypher = cypher;
    }

    /** A page of projects, each projected with {@code selection}: one statement. */
    public Page<Map<String, Object>> page(Filters.ProjectFilter filter, ProjectOrder order, Selection selection,
                                          long offset, int limit, boolean countAll) {
        var parameters = new Projections.Parameters();
        var projections = new Projections(parameters);
        return new PagedRead(Projections.PROJECT, p -> {
            var condition = Conditions.project(projections, parameters, p, filter);
            return condition == null ? Cypher.match(p) : Cypher.match(p).where(condition);
        }, p -> order == ProjectOrder.INVESTMENT_DESC
                ? List.of(p.property("investmentYuan").descending(), p.property("id").ascending())
                : List.of(p.property("name").ascending(), p.property("id").ascending()))
                .run(cypher, projections, parameters, selection, offset, limit, countAll);
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
