package io.policygraph.graph;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one door through which the API reads the graph, over Spring Data Neo4j's {@link Neo4jClient}.
 * Counting the statements here is what lets a test prove that a GraphQL request costs one round
 * trip per root field.
 */
@Component
public class GraphClient {

    private static final Renderer RENDERER = Renderer.getRenderer(
            Configuration.newConfig().withDialect(Dialect.NEO4J_5_26).build());

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GraphClient.class);

    private final Neo4jClient client;
    private final Counter counter;
    private final AtomicLong issued = new AtomicLong();

    GraphClient(Neo4jClient client, MeterRegistry meters) {
        this.client = client;
        this.counter = Counter.builder("policygraph.cypher.reads")
                .description("Cypher read statements issued by the API").register(meters);
    }

    /**
     * Runs a statement built with Cypher-DSL whose parameters were all made by {@code parameters}; each row
     * as a map of plain Java values.
     */
    Collection<Map<String, Object>> fetch(Statement statement, Projections.Parameters parameters) {
        count();
        var cypher = RENDERER.render(statement);
        LOG.debug("{}", cypher);
        return client.query(cypher).bindAll(parameters.values()).fetch().all();
    }

    /** Runs a statement built with Cypher-DSL whose parameters were all made by {@code parameters}; the driver's records. */
    List<Record> read(Statement statement, Projections.Parameters parameters) {
        return read(RENDERER.render(statement), parameters.values());
    }

    /** {@link #grouped(String, Map, Function)} for a statement built with Cypher-DSL. */
    <T> Map<String, List<T>> grouped(Statement statement, Projections.Parameters parameters, Function<Value, T> mapper) {
        return read(statement, parameters).stream().collect(Collectors.toMap(
                r -> r.get("key").asString(), r -> r.get("items").asList(mapper::apply)));
    }

    public List<Record> read(String query, Map<String, Object> parameters) {
        count();
        return List.copyOf(client.query(query).bindAll(parameters).fetchAs(Record.class)
                .mappedBy((types, record) -> record).all());
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

    private void count() {
        issued.incrementAndGet();
        counter.increment();
    }

    /** How many read statements have been issued since start. */
    public long issuedQueries() {
        return issued.get();
    }
}
