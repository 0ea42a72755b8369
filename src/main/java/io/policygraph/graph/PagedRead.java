package io.policygraph.graph;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a root list in one statement: the rows, ordered and sliced, each projected with the
 * selection. With the total, the count and the slice are two parts of the same statement (each over
 * a variable of its own); without it, one more row than the page is read to tell whether more follow.
 *
 * @param type  the kind of object listed, which is also its label
 * @param rows  the reading part that binds the given node, with the filter's conditions on it
 * @param order the sort; the first item should be what an index is ordered by
 */
record PagedRead(String type, Function<Node, StatementBuilder.OngoingReading> rows,
                 Function<Node, List<SortItem>> order) {

    Page<Map<String, Object>> run(GraphClient cypher, Projections projections, Projections.Parameters parameters,
                                  Selection selection, long offset, int limit, boolean countAll) {
        var node = Cypher.node(Projections.label(type)).named(projections.variable("n"));
        var projection = projections.of(type, node, selection);
        if (!countAll) {
            Statement statement = rows.apply(node).with(node).orderBy(order.apply(node))
                    .skip(parameters.of(offset)).limit(parameters.of(limit + 1))
                    .returning(projection.as("item")).build();
            var items = cypher.fetch(statement).stream().map(PagedRead::item).toList();
            boolean more = items.size() > limit;
            return new Page<>(more ? items.subList(0, limit) : items, offset, more, -1);
        }
        var counted = Cypher.node(Projections.label(type)).named(projections.variable("n"));
        var total = Cypher.name("total");
        var slice = rows.apply(node).with(node).orderBy(order.apply(node))
                .skip(parameters.of(offset)).limit(parameters.of(limit))
                .returning(projection).build();
        Statement statement = rows.apply(counted).with(Cypher.count(counted).as(total))
                .returning(total, Cypher.collect(slice).as("items")).build();
        var row = cypher.fetch(statement).iterator().next();
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) row.get("items");
        long count = ((Number) row.get("total")).longValue();
        return new Page<>(items, offset, offset + items.size() < count, count);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> row) {
        return (Map<String, Object>) row.get("item");
    }
}
