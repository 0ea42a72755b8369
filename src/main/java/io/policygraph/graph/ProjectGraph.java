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

    /** How a project list is sorted: by name, or the largest investment in yuan first. */
    public enum Sort { NAME, INVESTMENT_DESC }

    private static final String ITEM = "{node: p, city: [(p)-[:OF_CITY]->(c) | c.name][0]}";

    private final GraphClient cypher;

    ProjectGraph(GraphClient cypher) {
        this.cypher = cypher;
    }

    /** A page of projects after {@code after} (a position of this list; null for the first), each projected with {@code selection}: one statement. */
    public Page<Map<String, Object>> page(Criteria.Projects filter, Sort sort, Selection selection,
                                          Map<String, Object> after, int limit, boolean countAll) {
        var parameters = new Projections.Parameters();
        var projections = new Projections(parameters);
        return new PagedRead(Projections.PROJECT, (p, from) -> {
            var condition = Conditions.and(Conditions.project(projections, parameters, p, filter), from);
            return condition == null ? Cypher.match(p) : Cypher.match(p).where(condition);
        }, p -> List.of(sort == Sort.INVESTMENT_DESC
                        ? PagedRead.Key.of(p, "investmentYuan", true, true)
                        : PagedRead.Key.of(p, "name", false, true),
                PagedRead.Key.ascending(p, "id")))
                .run(cypher, projections, parameters, selection, after, limit, countAll);
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
