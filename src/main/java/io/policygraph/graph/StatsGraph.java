package io.policygraph.graph;

import org.springframework.stereotype.Service;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Counts and sums for charts, computed by Neo4j in one aggregation each: no node is loaded into
 * Java to be counted.
 */
@Service
public class StatsGraph {

    public enum TaskDimension {
        CITY("[(t)<-[:HAS_TASK]-(:Document)-[:OF_CITY]->(c) | c.name][0]"),
        DOCUMENT("t.documentId"),
        DUE_YEAR("toString(dl.year)"),
        DUE_QUARTER("toString(dl.quarter)"),
        LEAD_DEPARTMENT("ld.name"),
        LEAD_DEPARTMENT_TYPE("ld.type"),
        DEADLINE_KIND("coalesce(dl.kind, 'NONE')");

        final String expression;

        TaskDimension(String expression) {
            this.expression = expression;
        }
    }

    public enum TargetDimension {
        CITY("[(g)<-[:SETS]-(:Document)-[:OF_CITY]->(c) | c.name][0]"),
        DOCUMENT("g.documentId"),
        METRIC("g.metric"),
        UNIT("g.unit"),
        YEAR("left(g.period, 4)");

        final String expression;

        TargetDimension(String expression) {
            this.expression = expression;
        }
    }

    /** One group: its key per dimension (null where the fact is absent), how many, and the sum of yuan. */
    public record Bucket(List<String> keys, long count, Double sum) {
    }

    private final Cypher cypher;

    StatsGraph(Cypher cypher) {
        this.cypher = cypher;
    }

    /**
     * Tasks per group. A task with several leads counts once in each lead's group; a task counts
     * once per group however many rows the joins make.
     */
    public List<Bucket> tasks(List<TaskDimension> groupBy, Filters.TaskFilter filter) {
        var where = TaskGraph.where(filter);
        var dueJoin = groupBy.stream().anyMatch(d -> d.expression.contains("dl.")) ? "OPTIONAL MATCH (t)-[:DUE]->(dl:Deadline)" : "";
        var leadJoin = groupBy.stream().anyMatch(d -> d.expression.contains("ld.")) ? "OPTIONAL MATCH (t)-[:LED_BY]->(ld:Department)" : "";
        var query = """
                MATCH (t:Task) %s
                %s
                %s
                WITH t, [%s] AS keys
                RETURN keys, count(DISTINCT t) AS count, null AS sum
                ORDER BY count DESC, keys
                """.formatted(where.clause(), dueJoin, leadJoin, expressions(groupBy.stream().map(d -> d.expression).toList()));
        return buckets(query, where);
    }

    /** Targets per group, with the sum of their money amounts in yuan (null when none is money). */
    public List<Bucket> targets(List<TargetDimension> groupBy, Filters.TargetFilter filter) {
        var where = TargetGraph.where(filter);
        var query = """
                MATCH (g:Target) %s
                WITH g, [%s] AS keys
                RETURN keys, count(g) AS count, sum(g.yuan) AS sum, count(g.yuan) AS money
                ORDER BY count DESC, keys
                """.formatted(where.clause(), expressions(groupBy.stream().map(d -> d.expression).toList()));
        return buckets(query, where);
    }

    private static String expressions(List<String> expressions) {
        return expressions.stream().collect(Collectors.joining(", "));
    }

    private List<Bucket> buckets(String query, Where where) {
        return cypher.read(query, where.parameters()).stream().map(r -> new Bucket(
                r.get("keys").asList(v -> v.isNull() ? null : v.asString()),
                r.get("count").asLong(),
                r.containsKey("money") && r.get("money").asLong() > 0 ? r.get("sum").asDouble() : null)).toList();
    }
}
