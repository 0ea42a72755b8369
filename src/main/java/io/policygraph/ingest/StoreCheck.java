package io.policygraph.ingest;

import io.policygraph.search.SearchIndexing;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts what the store holds and checks that the graph and the search index agree: after a crash
 * and a restart this must read exactly as after one clean ingest.
 */
@Service
public class StoreCheck {

    /** Label and relationship counts, and every way the two stores disagree (empty when consistent). */
    public record Report(Map<String, Long> labels, Map<String, Long> relationships, long clauses,
                         List<String> problems) {

        public String text() {
            var out = new StringBuilder();
            labels.forEach((k, v) -> out.append("label ").append(k).append('=').append(v).append('\n'));
            relationships.forEach((k, v) -> out.append("relationship ").append(k).append('=').append(v).append('\n'));
            out.append("search clauses=").append(clauses).append('\n');
            problems.forEach(p -> out.append("problem ").append(p).append('\n'));
            out.append(problems.isEmpty() ? "consistent" : "INCONSISTENT").append('\n');
            return out.toString();
        }
    }

    private final Driver driver;
    private final SearchIndexing search;

    StoreCheck(Driver driver, SearchIndexing search) {
        this.driver = driver;
        this.search = search;
    }

    public Report run() {
        try (var session = driver.session()) {
            var labels = new TreeMap<String, Long>();
            var relationships = new TreeMap<String, Long>();
            session.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
                    .forEachRemaining(r -> labels.put(r.get("label").asString(), r.get("n").asLong()));
            labels.remove("__Neo4jMigration");
            session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
                    .forEachRemaining(r -> relationships.put(r.get("type").asString(), r.get("n").asLong()));
            relationships.keySet().removeIf(type -> type.startsWith("MIGRATED_TO") || type.equals("REPEATED"));

            var problems = new ArrayList<String>();
            long lag = search.status().lag();
            if (lag > 0) {
                problems.add("search index behind the graph by " + lag + " documents");
            }
            session.run("""
                    MATCH (d:Document) WHERE d.text IS NULL OR NOT EXISTS { (d)-[:OF_CITY|HAS_TASK|SETS|NAMES]->() }
                    RETURN d.id AS id""").forEachRemaining(r -> problems.add("incomplete document: " + r.get("id").asString()));
            session.run("""
                    MATCH (n) WHERE (n:Task OR n:Target) AND NOT EXISTS { (n)<-[:HAS_TASK|SETS]-(:Document) }
                    RETURN n.id AS id""").forEachRemaining(r -> problems.add("orphan: " + r.get("id").asString()));
            var inGraph = new TreeSet<String>();
            session.run("MATCH (d:Document) RETURN d.id AS id").forEachRemaining(r -> inGraph.add(r.get("id").asString()));
            var inIndex = search.index().documentIds();
            inIndex.stream().filter(id -> !inGraph.contains(id)).forEach(id -> problems.add("indexed but not in the graph: " + id));
            inGraph.stream().filter(id -> !inIndex.contains(id)).forEach(id -> problems.add("in the graph but not indexed: " + id));
            return new Report(labels, relationships, search.index().clauseCount(), problems);
        }
    }
}
