package io.policygraph.graph;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the search index is built from, and the graph's record of which content each document was
 * indexed at: the search side reads and marks documents through this, never through Cypher of its own.
 */
@Service
public class IndexFeed {

    /** A document as the index takes it, with what a hit shows (title, city, task number and title). */
    public record DocumentForIndex(String id, String title, String city, String text, String contentHash,
                                   List<Span> tasks, List<Span> targets) {
    }

    /** A task's or target's span of the text; number and title are a task's (null for a target). */
    public record Span(String id, int start, int end, String number, String title) {
    }

    private final Neo4jClient client;

    IndexFeed(Neo4jClient client) {
        this.client = client;
    }

    /** The document as the graph now holds it; empty when it is gone. */
    public Optional<DocumentForIndex> document(String id) {
        return client.query("""
                        MATCH (d:Document {id: $id})
                        RETURN d.id AS id, d.title AS title, d.text AS text, d.contentHash AS hash,
                               [(d)-[:OF_CITY]->(c) | c.name][0] AS city,
                               [(d)-[:HAS_TASK]->(t) | [t.id, t.start, t.end, t.number, t.title]] AS tasks,
                               [(d)-[:SETS]->(g) | [g.id, g.start, g.end, null, null]] AS targets
                        """).bind(id).to("id")
                .fetchAs(DocumentForIndex.class).mappedBy((types, r) -> new DocumentForIndex(r.get("id").asString(),
                        r.get("title").asString(null), r.get("city").asString(null), r.get("text").asString(),
                        r.get("hash").asString(null), spans(r.get("tasks").asList(v -> v.asList())),
                        spans(r.get("targets").asList(v -> v.asList()))))
                .one();
    }

    /** Records that the index holds the document at this content. */
    public void markIndexed(String id, String contentHash) {
        client.query("MATCH (d:Document {id: $id}) SET d.indexedHash = $hash")
                .bindAll(Map.of("id", id, "hash", contentHash)).run();
    }

    /** Every document id, with whether the index is known to hold its current content. */
    public Map<String, Boolean> indexStates() {
        return client.query("""
                        MATCH (d:Document)
                        RETURN d.id AS id, coalesce(d.indexedHash = d.contentHash, false) AS upToDate""")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> (Boolean) r.get("upToDate")));
    }

    private static List<Span> spans(List<List<Object>> rows) {
        return rows.stream().map(r -> new Span((String) r.get(0), ((Number) r.get(1)).intValue(),
                ((Number) r.get(2)).intValue(), (String) r.get(3), (String) r.get(4))).toList();
    }
}
