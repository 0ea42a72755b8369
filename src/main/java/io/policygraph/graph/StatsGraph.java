package io.policygraph.graph;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Counts and sums for charts, computed by Neo4j in one aggregation each: no node is loaded into
 * Java to be counted. The filter's conditions are the same Cypher-DSL conditions the lists use.
 */
@Service
public class StatsGraph {

    /** What tasks can be grouped by; the deadline and lead groups join those nodes (optionally). */
    public enum TaskGroup {
        CITY, DOCUMENT, DUE_YEAR, DUE_QUARTER, LEAD_DEPARTMENT, LEAD_DEPARTMENT_TYPE, DEADLINE_KIND, DUE_PRECISION,
        /** DueStatus on a given day: the same rule as {@link io.policygraph.extract.DueStatus#of}. */
        STATUS;

        boolean needsDeadline() {
            return this == DUE_YEAR || this == DUE_QUARTER || this == DEADLINE_KIND || this == DUE_PRECISION || this == STATUS;
        }

        boolean needsLead() {
            return this == LEAD_DEPARTMENT || this == LEAD_DEPARTMENT_TYPE;
        }
    }

    /** What targets can be grouped by. */
    public enum TargetGroup { CITY, DOCUMENT, METRIC, UNIT, YEAR, METRIC_KEY, QUANTITY_UNIT }

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
     * once per group however many rows the joins make. {@code asOf}: the day STATUS is judged on.
     */
    public List<Bucket> tasks(List<TaskGroup> groupBy, Criteria.Tasks filter, LocalDate asOf) {
        var parameters = new Projections.Parameters();
        var names = new Projections(parameters);
        var t = Cypher.node("Task").named("t");
        var dl = Cypher.node("Deadline").named("dl");
        var ld = Cypher.node("Department").named("ld");
        var condition = Conditions.task(names, parameters, t, filter);
        var reading = condition == null ? Cypher.match(t) : Cypher.match(t).where(condition);
        if (groupBy.stream().anyMatch(TaskGroup::needsDeadline)) {
            reading = reading.optionalMatch(t.relationshipTo(dl, "DUE"));
        }
        if (groupBy.stream().anyMatch(TaskGroup::needsLead)) {
            reading = reading.optionalMatch(t.relationshipTo(ld, "LED_BY"));
        }
        // Bound only when asked for: an unused parameter would still travel with the statement.
        var day = groupBy.contains(TaskGroup.STATUS) ? parameters.of(asOf) : null;
        var keys = Cypher.name("keys");
        var count = Cypher.name("count");
        var statement = reading
                .with(t.getRequiredSymbolicName(), Cypher.listOf(groupBy.stream().map(g -> key(g, t, dl, ld, day)).toList()).as(keys))
                .returning(keys, Cypher.countDistinct(t).as(count))
                .orderBy(count.descending(), keys.ascending()).build();
        return cypher.fetch(statement, parameters).stream().map(r -> new Bucket(keys(r), ((Number) r.get("count")).longValue(),
                null, null, null)).toList();
    }

    private static Expression key(TaskGroup group, Node t, Node dl, Node ld, Expression day) {
        return switch (group) {
            case CITY -> cityOf(t, "HAS_TASK");
            case DOCUMENT -> t.property("documentId");
            case DUE_YEAR -> Cypher.toString(dl.property("year"));
            case DUE_QUARTER -> Cypher.toString(dl.property("quarter"));
            case LEAD_DEPARTMENT -> ld.property("name");
            case LEAD_DEPARTMENT_TYPE -> ld.property("type");
            case DEADLINE_KIND -> Cypher.coalesce(dl.property("kind"), Cypher.literalOf("NONE"));
            case DUE_PRECISION -> Cypher.coalesce(dl.property("precision"), Cypher.literalOf("NONE"));
            case STATUS -> Cypher.caseExpression()
                    .when(dl.getRequiredSymbolicName().isNull().or(dl.property("precision").isNull())).then(Cypher.literalOf("NONE"))
                    .when(dl.property("latest").isNull()).then(Cypher.literalOf("ONGOING"))
                    .when(dl.property("latest").lt(day)).then(Cypher.literalOf("PAST_DEADLINE"))
                    .when(dl.property("earliest").gt(day)).then(Cypher.literalOf("DUE_LATER"))
                    .elseDefault(Cypher.literalOf("DUE_IN_WINDOW"));
        };
    }

    /**
     * Targets per group, with the sum of the quantities normalised to {@code sumUnit}: only targets
     * in that unit are added up, the rest are counted but not summed.
     */
    public List<Bucket> targets(List<TargetGroup> groupBy, Criteria.Targets filter, String sumUnit) {
        var parameters = new Projections.Parameters();
        var names = new Projections(parameters);
        var g = Cypher.node("Target").named("g");
        var condition = Conditions.target(names, parameters, g, filter);
        var reading = condition == null ? Cypher.match(g) : Cypher.match(g).where(condition);
        var keys = Cypher.name("keys");
        var q = Cypher.name("q");
        var count = Cypher.name("count");
        var statement = reading
                .with(g.getRequiredSymbolicName(), Cypher.listOf(groupBy.stream().map(k -> key(k, g)).toList()).as(keys),
                        Cypher.caseExpression().when(g.property("quantityUnit").isEqualTo(parameters.of(sumUnit)))
                                .then(g.property("quantity")).as(q))
                .returning(keys, Cypher.count(g).as(count), Cypher.sum(q).as("sum"), Cypher.count(q).as("summed"))
                .orderBy(count.descending(), keys.ascending()).build();
        return cypher.fetch(statement, parameters).stream().map(r -> {
            long summed = ((Number) r.get("summed")).longValue();
            return new Bucket(keys(r), ((Number) r.get("count")).longValue(),
                    summed > 0 ? ((Number) r.get("sum")).doubleValue() : null, sumUnit, summed);
        }).toList();
    }

    private static Expression key(TargetGroup group, Node g) {
        return switch (group) {
            case CITY -> cityOf(g, "SETS");
            case DOCUMENT -> g.property("documentId");
            case METRIC -> g.property("metric");
            case UNIT -> g.property("unit");
            case YEAR -> Cypher.left(g.property("period"), Cypher.literalOf(4));
            case METRIC_KEY -> g.property("metricKey");
            case QUANTITY_UNIT -> g.property("quantityUnit");
        };
    }

    /** The city of the document that holds {@code n} (through {@code relationship}), or null. */
    private static Expression cityOf(Node n, String relationship) {
        var c = Cypher.node("City").named("c");
        return Cypher.head(Cypher.listBasedOn(n.relationshipFrom(Cypher.node("Document"), relationship)
                .relationshipTo(c, "OF_CITY")).returning(c.property("name")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(Map<String, Object> row) {
        return ((List<Object>) row.get("keys")).stream().map(k -> k == null ? null : k.toString()).toList();
    }
}
