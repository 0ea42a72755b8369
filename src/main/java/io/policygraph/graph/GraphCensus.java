package io.policygraph.graph;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the graph holds, counted, and what in it is inconsistent: the graph half of a store check. */
@Service
public class GraphCensus {

    private final Neo4jClient client;

    GraphCensus(Neo4jClient client) {
        this.client = client;
    }

    /** Nodes per label, without the migrations' bookkeeping. */
    public SortedMap<String, Long> labels() {
        var labels = counts("MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS n");
        labels.remove("__Neo4jMigration");
        return labels;
    }

    /** Relationships per type, without the migrations' bookkeeping. */
    public SortedMap<String, Long> relationships() {
        var relationships = counts("MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n");
        relationships.keySet().removeIf(type -> type.startsWith("MIGRATED_TO") || type.equals("REPEATED"));
        return relationships;
    }

    /** Documents missing parts, tasks and targets of no document (the index lag is the change log's to tell). */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        ids("""
                MATCH (d:Document) WHERE d.text IS NULL OR NOT EXISTS { (d)-[:OF_CITY|HAS_TASK|SETS|NAMES]->() }
                RETURN d.id AS id""").forEach(id -> problems.add("incomplete document: " + id));
        ids("""
                MATCH (n) WHERE (n:Task OR n:Target) AND NOT EXISTS { (n)<-[:HAS_TASK|SETS]-(:Document) }
                RETURN n.id AS id""").forEach(id -> problems.add("orphan: " + id));
        return problems;
    }

    public SortedSet<String> documentIds() {
        return new TreeSet<>(ids("MATCH (d:Document) RETURN d.id AS id"));
    }

    private List<String> ids(String query) {
        return List.copyOf(client.query(query).fetchAs(String.class).all());
    }

    private SortedMap<String, Long> counts(String query) {
        var counts = new TreeMap<String, Long>();
        client.query(query).fetch().all().forEach(r -> counts.put((String) r.get("key"), ((Number) r.get("n")).longValue()));
        return counts;
    }
}
