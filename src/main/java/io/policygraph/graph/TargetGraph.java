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

    /** How a target list is sorted. */
    public enum TargetOrder { DOCUMENT, YUAN_DESC, VALUE_DESC }

    private final GraphClient cypher;

    TargetGraph(GraphClient cypher) {
        this.cypher = cypher;
    }

    /** A page of targets, each projected with {@code selection}: one statement. */
    public Page<Map<String, Object>> page(Filters.TargetFilter filter, TargetOrder order, Selection selection,
                                          long offset, int limit, boolean countAll) {
        var parameters = new Projections.Parameters();
        var projections = new Projections(parameters);
        var sorted = order == null ? TargetOrder.DOCUMENT : order;
        return new PagedRead(Projections.TARGET, g -> {
            var condition = Conditions.target(projections, parameters, g, filter);
            if (sorted == TargetOrder.DOCUMENT) {
                condition = Conditions.and(g.property("sortKey").isNotNull(), condition);
            }
            return condition == null ? Cypher.match(g) : Cypher.match(g).where(condition);
        }, g -> switch (sorted) {
            case DOCUMENT -> List.of(g.property("sortKey").ascending());
            case YUAN_DESC -> List.of(g.property("yuan").descending(), g.property("sortKey").ascending());
            case VALUE_DESC -> List.of(g.property("value").descending(), g.property("sortKey").ascending());
        }).run(cypher, projections, parameters, selection, offset, limit, countAll);
    }

    /** For the chart aggregations (StatsGraph): the conditions of a target filter over target variable {@code g}. */
    static Where where(Filters.TargetFilter filter) {
        var f = filter == null ? new Filters.TargetFilter(null, null, null, null, null, null, null) : filter;
        return new Where()
                .when(f.cities(), "EXISTS { (g)<-[:SETS]-(:Document)-[:OF_CITY]->(:City)-[:IN_CITY*0..1]->(c:City) WHERE c.name IN $cities }", "cities")
                .when(f.metric(), "g.metric CONTAINS $metric", "metric")
                .when(f.unit(), "g.unit = $unit", "unit")
                .when(f.year() == null ? null : String.valueOf(f.year()), "g.period STARTS WITH $year", "year")
                .when(f.quarter() == null ? null : "-Q" + f.quarter(), "g.period ENDS WITH $quarter", "quarter")
                .when(f.metricKey(), "g.metricKey = $metricKey", "metricKey")
                .when(f.quantityUnit(), "g.quantityUnit = $quantityUnit", "quantityUnit");
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
