package io.policygraph.graph;

import org.neo4j.cypherdsl.core.Cypher;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads quantified targets. */
@Service
public class TargetGraph {

    /** How a target list is sorted: reading order, or the largest amount in yuan, or the largest value first. */
    public enum Sort { READING, YUAN_DESC, VALUE_DESC }

    private final GraphClient cypher;

    TargetGraph(GraphClient cypher) {
        this.cypher = cypher;
    }

    /** A page of targets after {@code after} (a position of this list; null for the first), each projected with {@code selection}: one statement. */
    public Page<Map<String, Object>> page(Criteria.Targets filter, Sort sort, Selection selection,
                                          Map<String, Object> after, int limit, boolean countAll) {
        var parameters = new Projections.Parameters();
        var projections = new Projections(parameters);
        var sorted = sort == null ? Sort.READING : sort;
        return new PagedRead(Projections.TARGET, (g, from) -> {
            var condition = Conditions.target(projections, parameters, g, filter);
            if (sorted == Sort.READING && from == null) {
                // As for tasks: the sort-key index answers this (or the keyset's "sortKey > $v") in order.
                condition = Conditions.and(g.property("sortKey").isNotNull(), condition);
            }
            condition = Conditions.and(condition, from);
            return condition == null ? Cypher.match(g) : Cypher.match(g).where(condition);
        }, g -> {
            // The sort key (file name, then position) is unique: it alone names a row.
            var sortKey = PagedRead.Key.ascending(g, "sortKey");
            return switch (sorted) {
                case READING -> List.of(sortKey);
                case YUAN_DESC -> List.of(PagedRead.Key.of(g, "yuan", true, true), sortKey);
                case VALUE_DESC -> List.of(PagedRead.Key.of(g, "value", true, true), sortKey);
            };
        }).run(cypher, projections, parameters, selection, after, limit, countAll);
    }

    public Map<String, TargetNode> byIds(Collection<String> ids) {
        return cypher.read("MATCH (g:Target) WHERE g.id IN $ids RETURN g", Map.of("ids", List.copyOf(ids))).stream()
                .map(r -> NodeMapping.target(r.get("g").asNode()))
                .collect(Collectors.toMap(TargetNode::key, g -> g));
    }

    public Map<String, List<TargetNode>> ofDocuments(Collection<String> documentIds) {
        return cypher.grouped("""
                MATCH (d:Document)-[:SETS]->(g:Target) WHERE d.id IN $keys
                WITH d, g ORDER BY g.ordinal
                RETURN d.id AS key, collect(g) AS items
                """, documentIds, v -> NodeMapping.target(v.asNode()));
    }

    public Map<String, List<TargetNode>> ofTasks(Collection<String> taskIds) {
        return cypher.grouped("""
                MATCH (t:Task)-[:HAS_TARGET]->(g:Target) WHERE t.id IN $keys
                WITH t, g ORDER BY g.ordinal
                RETURN t.id AS key, collect(g) AS items
                """, taskIds, v -> NodeMapping.target(v.asNode()));
    }

}
