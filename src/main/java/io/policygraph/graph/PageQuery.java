package io.policygraph.graph;

import org.neo4j.driver.Value;

import java.util.function.Function;

/**
 * One round trip per page. With the total, the count and the ordered slice are two subqueries of the
 * same statement; without it, one more row than the page is read to tell whether more follow.
 */
final class PageQuery {

    private PageQuery() {
    }

    /**
     * @param match   MATCH part binding the listed variable (may end in a WITH that a WHERE can follow)
     * @param orderBy sort expression over it
     * @param item    expression returned per row; {@code mapper} turns it into a record
     */
    static <T> Page<T> run(Cypher cypher, String match, Where where, String orderBy, String item,
                           long offset, int limit, boolean countAll, Function<Value, T> mapper) {
        if (!countAll) {
            var query = "%s %s WITH * ORDER BY %s SKIP $offset LIMIT $limit RETURN %s AS item"
                    .formatted(match, where.clause(), orderBy, item);
            var rows = cypher.read(query, where.parameters(offset, limit + 1)).stream()
                    .map(r -> mapper.apply(r.get("item"))).toList();
            boolean more = rows.size() > limit;
            return new Page<>(more ? rows.subList(0, limit) : rows, offset, more, -1);
        }
        var query = """
                CALL () { %1$s %2$s RETURN count(*) AS total }
                RETURN total, COLLECT { %1$s %2$s WITH * ORDER BY %3$s SKIP $offset LIMIT $limit RETURN %4$s } AS items
                """.formatted(match, where.clause(), orderBy, item);
        var record = cypher.read(query, where.parameters(offset, limit)).get(0);
        var items = record.get("items").asList(mapper::apply);
        long total = record.get("total").asLong();
        return new Page<>(items, offset, offset + items.size() < total, total);
    }
}
