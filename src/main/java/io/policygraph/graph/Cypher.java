package io.policygraph.graph;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

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

    /** How many read queries have been issued since start. */
    public long issuedQueries() {
        return issued.get();
    }
}
