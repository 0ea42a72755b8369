package io.policygraph.graph;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one door through which the API reads the graph. Counting the queries here is what lets a
 * test prove that a GraphQL request costs a bounded number of round trips (no N+1).
 */
@Component
public class Cypher {

    private final Driver driver;
    private final Counter counter;
    private final AtomicLong issued = new AtomicLong();

    Cypher(Driver driver, MeterRegistry meters, GraphSchemaMigrations.AppliedSchema schema) {
        this.driver = driver;
        this.counter = Counter.builder("policygraph.cypher.reads")
                .description("Cypher read queries issued by the API").register(meters);
    }

    public List<Record> read(String query, Map<String, Object> parameters) {
        issued.incrementAndGet();
        counter.increment();
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, parameters).list());
        }
    }

    /**
     * Runs a query that returns one row per key ({@code key}) with a list ({@code items}) and maps
     * it: the shape of every batch load of a relationship.
     */
    public <T> Map<String, List<T>> grouped(String query, Map<String, Object> parameters, Function<Value, T> mapper) {
        return read(query, parameters).stream().collect(Collectors.toMap(
                r -> r.get("key").asString(), r -> r.get("items").asList(mapper::apply)));
    }

    /** {@link #grouped(String, Map, Function)} with the keys as parameter {@code $keys}. */
    public <T> Map<String, List<T>> grouped(String query, Collection<String> keys, Function<Value, T> mapper) {
        return grouped(query, Map.of("keys", List.copyOf(keys)), mapper);
    }

    /** How many read queries have been issued since start. */
    public long issuedQueries() {
        return issued.get();
    }
}
