package io.policygraph.graph;

import org.neo4j.driver.Value;

import java.util.function.Function;

/**
 * One round trip for a page and its total: the count and the ordered slice are two subqueries of the
 * same statement.
 */
final class PageQuery {

    private PageQuery() {
    }

    /**
     * @param match   MATCH part binding the listed variable
     * @param orderBy sort expression over it
     * @param item    expression returned per row; {@code mapper} turns it into a record
     */
    static <T> Page<T> run(Cypher cypher, String match, Where where, String orderBy, String item,
                           long offset, int limit, Function<Value, T> mapper) {
        var query = """
                CALL () { %1$s %2$s RETURN count(*) AS total }
                RETURN total, COLLECT { %1$s %2$s WITH * ORDER BY %3$s SKIP $offset LIMIT $limit RETURN %4$s } AS items
                """.formatted(match, where.clause(), orderBy, item);
        var record = cypher.read(query, where.parameters(offset, limit)).get(0);
        return new Page<>(record.get("items").asList(mapper::apply), offset, record.get("total").asLong());
    }
}
