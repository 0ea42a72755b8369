package io.policygraph.graph;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One page of a root list in one statement, by keyset: a page starts after the sort-key values of
 * the last row seen (a condition in the same WHERE as the filter's, so a list ordered by an indexed
 * key seeks into the index where the page starts and reads no row before it, however deep the page).
 * One more row than the page is read to tell whether more follow. With the total, the count and the
 * slice are two parts of the same statement, each over a variable of its own.
 *
 * @param type the kind of object listed, which is also its label
 * @param rows the reading part that binds the given node, with the filter's conditions and the given
 *             extra condition (the keyset's, null for the first page) on it
 * @param keys the sort, most significant first; the last key must be unique (a business key such as
 *             the id, a task's sort key, a department's name), so that a position names one row
 */
record PagedRead(String type, BiFunction<Node, Condition, StatementBuilder.OngoingReading> rows,
                 Function<Node, List<Key>> keys) {

    /**
     * One sort key: its name in a position, its value per row, its direction, and whether a row can
     * lack it (nulls sort last ascending, first descending, as Neo4j orders them).
     */
    record Key(String name, Expression value, boolean descending, boolean nullable, String property) {
        /** An expression (not a plain property) as a key. */
        Key(String name, Expression value, boolean descending, boolean nullable) {
            this(name, value, descending, nullable, null);
        }

        /** Property {@code property} of {@code node}, named as the property. */
        static Key of(Node node, String property, boolean descending, boolean nullable) {
            return new Key(property, node.property(property), descending, nullable, property);
        }

        /** A property every row has, ascending. */
        static Key ascending(Node node, String property) {
            return of(node, property, false, false);
        }
    }

    Page<Map<String, Object>> run(GraphClient cypher, Projections projections, Projections.Parameters parameters,
                                  Selection selection, Map<String, Object> after, int limit, boolean countAll) {
        var node = Cypher.node(Projections.label(type)).named(projections.variable("n"));
        var order = keys.apply(node);
        var projection = projections.of(type, node, selection);
        var sort = order.stream().map(k -> k.descending() ? k.value().descending() : k.value().ascending()).toList();
        var position = new ArrayList<Object>();
        for (var key : order) {
            position.add(key.name());
            // A key that is a property is read back by a dynamic lookup (n[$name]): Neo4j 5.26's planner
            // fails its own consistency check (seen with -ea: "n.sortKey should not appear non-cached")
            // when a property it reads from the index is projected again next to pattern comprehensions.
            position.add(key.property() == null ? key.value()
                    : Cypher.property(node.getRequiredSymbolicName(), parameters.of(key.property())));
        }
        var slice = rows.apply(node, after(order, after, parameters)).with(node)
                .orderBy(sort)
                .limit(parameters.of(limit + 1));
        var positionMap = Cypher.mapOf(position.toArray());
        List<Map<String, Object>> found;
        long total = -1;
        if (!countAll) {
            Statement statement = slice.returning(projection.as("item"), positionMap.as("position")).build();
            found = List.copyOf(cypher.fetch(statement, parameters));
        } else {
            var counted = Cypher.node(Projections.label(type)).named(projections.variable("n"));
            var count = Cypher.name("total");
            Statement statement = rows.apply(counted, null).with(Cypher.count(counted).as(count))
                    .returning(count, Cypher.collect(slice.returning(Cypher.mapOf("item", projection, "position", positionMap))
                            .build()).as("items")).build();
            var row = cypher.fetch(statement, parameters).iterator().next();
            @SuppressWarnings("unchecked")
            var items = (List<Map<String, Object>>) row.get("items");
            found = items;
            total = ((Number) row.get("total")).longValue();
        }
        boolean more = found.size() > limit;
        var page = more ? found.subList(0, limit) : found;
        return new Page<>(page.stream().map(r -> map(r.get("item"))).toList(),
                page.stream().map(r -> map(r.get("position"))).toList(), more, total);
    }

    /**
     * The rows after {@code position} in this order: for some key, equal on every key before it and
     * strictly after on it. When there are several keys and the first is never null, a range on it is
     * added as well, which is what lets the planner seek an index on it instead of filtering a scan.
     * Null when there is no position.
     */
    static Condition after(List<Key> order, Map<String, Object> position, Projections.Parameters p) {
        if (position == null) {
            return null;
        }
        if (!position.keySet().equals(new java.util.HashSet<>(order.stream().map(Key::name).toList()))) {
            throw new ForeignPositionException("the position " + position.keySet() + " is not one of this list, which is ordered by "
                    + order.stream().map(Key::name).toList());
        }
        Condition any = null;
        Condition equalSoFar = null;
        for (var key : order) {
            Object value = position.get(key.name());
            var strictly = strictlyAfter(key, value, p);
            if (strictly != null) {
                any = Conditions.or(any, Conditions.and(equalSoFar, strictly));
            }
            equalSoFar = Conditions.and(equalSoFar, value == null ? key.value().isNull() : key.value().isEqualTo(p.of(value)));
        }
        var first = order.get(0);
        Object firstValue = position.get(first.name());
        // One key: "k > v" is already the range the index is sought with. Neo4j 5.26's planner also fails
        // its -ea consistency check when an index-provided key has two predicates, so none is added then.
        if (order.size() > 1 && !first.nullable() && firstValue != null) {
            var range = first.descending() ? first.value().lte(p.of(firstValue)) : first.value().gte(p.of(firstValue));
            any = Conditions.and(range, any);
        }
        return any == null ? Cypher.literalFalse().asCondition() : any;
    }

    /** Rows strictly after {@code value} on one key; null when none can be (after a null, ascending). */
    private static Condition strictlyAfter(Key key, Object value, Projections.Parameters p) {
        if (key.descending()) {
            // Descending: nulls came first, so after a null come all values; after a value, smaller ones.
            return value == null ? key.value().isNotNull() : key.value().lt(p.of(value));
        }
        if (value == null) {
            return null;
        }
        var greater = key.value().gt(p.of(value));
        return key.nullable() ? greater.or(key.value().isNull()) : greater;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
