package io.policygraph.graph;

import org.springframework.stereotype.Service;

import java.time.LocalDate;
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
        DEADLINE_KIND("coalesce(dl.kind, 'NONE')"),
        DUE_PRECISION("coalesce(dl.precision, 'NONE')"),
        /** DueStatus on day $statusAsOf: the same rule as {@link io.policygraph.extract.DueStatus#of}. */
        STATUS("""
                CASE WHEN dl IS NULL OR dl.precision IS NULL THEN 'NONE'
                     WHEN dl.latest IS NULL THEN 'ONGOING'
                     WHEN dl.latest < $statusAsOf THEN 'PAST_DEADLINE'
                     WHEN dl.earliest > $statusAsOf THEN 'DUE_LATER'
                     ELSE 'DUE_IN_WINDOW' END""");

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
        YEAR("left(g.period, 4)"),
        METRIC_KEY("g.metricKey"),
        QUANTITY_UNIT("g.quantityUnit");

        final String expression;

        TargetDimension(String expression) {
            this.expression = expression;
        }
    }

    /**
     * One group: its key per dimension (null where the fact is absent), how many, and the sum of the
     * quantities in {@code sumUnit} ({@code summed} of the {@code count} targets have one; null for tasks).
     */
    public record Bucket(List<String> keys, long count, Double sum, String sumUnit, Long summed) {
        public Long notSummed() {
            return summed == null ? null : count - summed;
        }
    }

    private final GraphClient cypher;

    StatsGraph(GraphClient cypher) {
        this.cypher = cypher;
    }

    /**
     * Tasks per group. A task with several leads counts once in each lead's group; a task counts
     * once per group however many rows the joins make.
     */
    public List<Bucket> tasks(List<TaskDimension> groupBy, Filters.TaskFilter filter, LocalDate asOf) {
        var where = TaskGraph.where(filter);
        if (groupBy.contains(TaskDimension.STATUS)) {
            where.parameter("statusAsOf", asOf == null ? LocalDate.now() : asOf);
        }
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

    /**
     * Targets per group, with the sum of the quantities normalised to {@code sumUnit} (YUAN when
     * null): only targets in that unit are added up, the rest are counted but not summed.
     */
    public List<Bucket> targets(List<TargetDimension> groupBy, Filters.TargetFilter filter, String sumUnit) {
        var where = TargetGraph.where(filter).parameter("sumUnit", sumUnit == null ? "YUAN" : sumUnit);
        var query = """
                MATCH (g:Target) %s
                WITH g, [%s] AS keys, CASE WHEN g.quantityUnit = $sumUnit THEN g.quantity END AS q
                RETURN keys, count(g) AS count, sum(q) AS sum, count(q) AS summed, $sumUnit AS sumUnit
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
                r.containsKey("summed") && r.get("summed").asLong() > 0 ? r.get("sum").asDouble() : null,
                r.containsKey("sumUnit") ? r.get("sumUnit").asString() : null,
                r.containsKey("summed") ? r.get("summed").asLong() : null)).toList();
    }
}
