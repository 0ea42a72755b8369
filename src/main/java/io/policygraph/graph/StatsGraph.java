package io.policygraph.graph;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.function.Function;

/**
 * Counts and sums for charts, computed by Neo4j in one aggregation each: no node is loaded into
 * Java to be counted.
 */
@Service
public class StatsGraph {

    /** What tasks can be grouped by; each reads the task {@code t}, its deadline {@code dl} or a lead {@code ld}. */
    public enum TaskDimension {
        CITY(false, false), DOCUMENT(false, false), DUE_YEAR(true, false), DUE_QUARTER(true, false),
        LEAD_DEPARTMENT(false, true), LEAD_DEPARTMENT_TYPE(false, true), DEADLINE_KIND(true, false);

        final boolean needsDeadline;
        final boolean needsLead;

        TaskDimension(boolean needsDeadline, boolean needsLead) {
            this.needsDeadline = needsDeadline;
            this.needsLead = needsLead;
        }

        Expression of(Node t, Node dl, Node ld) {
            return switch (this) {
                case CITY -> cityOf(t, "HAS_TASK");
                case DOCUMENT -> t.property("documentId");
                case DUE_YEAR -> Cypher.toString(dl.property("year"));
                case DUE_QUARTER -> Cypher.toString(dl.property("quarter"));
                case LEAD_DEPARTMENT -> ld.property("name");
                case LEAD_DEPARTMENT_TYPE -> ld.property("type");
                case DEADLINE_KIND -> Cypher.coalesce(dl.property("kind"), Cypher.literalOf("NONE"));
            };
        }
    }

    /** What targets can be grouped by. */
    public enum TargetDimension {
        CITY, DOCUMENT, METRIC, UNIT, YEAR;

        Expression of(Node g) {
            return switch (this) {
                case CITY -> cityOf(g, "SETS");
                case DOCUMENT -> g.property("documentId");
                case METRIC -> g.property("metric");
                case UNIT -> g.property("unit");
                case YEAR -> Cypher.left(g.property("period"), Cypher.literalOf(4));
            };
        }
    }

    /** One group: its key per dimension (null where the fact is absent), how many, and the sum of yuan. */
    public record Bucket(List<String> keys, long count, Double sum) {
    }

    private final GraphClient cypher;

    StatsGraph(GraphClient cypher) {
        this.cypher = cypher;
    }

    /** The city of the document that holds {@code n} through {@code relationship}. */
    private static Expression cityOf(Node n, String relationship) {
        var c = Cypher.node("City").named("c");
        return Cypher.head(Cypher.listBasedOn(n.relationshipFrom(Cypher.node("Document"), relationship)
                .relationshipTo(c, "OF_CITY")).returning(c.property("name")));
    }

    /**
     * Tasks per group. A task with several leads counts once in each lead's group; a task counts
     * once per group however many rows the joins make.
     */
    public List<Bucket> tasks(List<TaskDimension> groupBy, Filters.TaskFilter filter) {
        var parameters = new Projections.Parameters();
        var t = Cypher.node("Task").named("t");
        var dl = Cypher.node("Deadline").named("dl");
        var ld = Cypher.node("Department").named("ld");
        var condition = Conditions.task(new Projections(parameters), parameters, t, filter);
        var reading = condition == null ? Cypher.match(t) : Cypher.match(t).where(condition);
        StatementBuilderChain chain = new StatementBuilderChain(reading);
        if (groupBy.stream().anyMatch(d -> d.needsDeadline)) {
            chain.optional(t.relationshipTo(dl, "DUE"));
        }
        if (groupBy.stream().anyMatch(d -> d.needsLead)) {
            chain.optional(t.relationshipTo(ld, "LED_BY"));
        }
        var keys = Cypher.name("keys");
        var count = Cypher.name("count");
        var statement = chain.reading.with(t.getRequiredSymbolicName(), keysOf(groupBy, d -> d.of(t, dl, ld)).as(keys))
                .returning(keys, Cypher.countDistinct(t).as(count), Cypher.literalNull().as("sum"))
                .orderBy(count.descending(), keys.ascending()).build();
        return buckets(statement);
    }

    /** Targets per group, with the sum of their money amounts in yuan (null when none is money). */
    public List<Bucket> targets(List<TargetDimension> groupBy, Filters.TargetFilter filter) {
        var parameters = new Projections.Parameters();
        var g = Cypher.node("Target").named("g");
        var condition = Conditions.target(new Projections(parameters), parameters, g, filter);
        var reading = condition == null ? Cypher.match(g) : Cypher.match(g).where(condition);
        var keys = Cypher.name("keys");
        var count = Cypher.name("count");
        var statement = reading.with(g.getRequiredSymbolicName(), keysOf(groupBy, d -> d.of(g)).as(keys))
                .returning(keys, Cypher.count(g).as(count), Cypher.sum(g.property("yuan")).as("sum"),
                        Cypher.count(g.property("yuan")).as("money"))
                .orderBy(count.descending(), keys.ascending()).build();
        return buckets(statement);
    }

    private static <D> Expression keysOf(List<D> groupBy, Function<D, Expression> expression) {
        return Cypher.listOf(groupBy.stream().map(expression).toList());
    }

    private List<Bucket> buckets(org.neo4j.cypherdsl.core.Statement statement) {
        return cypher.read(statement).stream().map(r -> new Bucket(
                r.get("keys").asList(v -> v.isNull() ? null : v.asString()),
                r.get("count").asLong(),
                r.containsKey("money") && r.get("money").asLong() > 0 ? r.get("sum").asDouble() : null)).toList();
    }

    /** Optional matches appended to a reading in turn. */
    private static final class StatementBuilderChain {
        org.neo4j.cypherdsl.core.StatementBuilder.OngoingReading reading;

        StatementBuilderChain(org.neo4j.cypherdsl.core.StatementBuilder.OngoingReading reading) {
            this.reading = reading;
        }

        void optional(org.neo4j.cypherdsl.core.PatternElement pattern) {
            reading = ((org.neo4j.cypherdsl.core.ExposesMatch) reading).optionalMatch(pattern);
        }
    }
}
