package io.policygraph.search;

import io.policygraph.PolicyGraphProperties;
import io.policygraph.graph.GraphSchemaMigrations;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps the clause index in step with the graph, which is the source of truth: a document is
 * indexed from what the graph holds, and the graph records which content each document was indexed
 * at. At start-up every document whose index state lags the graph (a new store, a crash between the
 * two commits, a lost index folder) is indexed again, and index entries of deleted documents go.
 */
@Component
public class SearchIndexing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    private final Driver driver;
    private final ClauseIndex index;

    SearchIndexing(PolicyGraphProperties properties, Driver driver, GraphSchemaMigrations.AppliedSchema schema) {
        this.driver = driver;
        this.index = new ClauseIndex(properties.dataDir().resolve("search"));
        catchUp();
    }

    public ClauseIndex index() {
        return index;
    }

    /** Indexes the document as the graph now holds it, then records that in the graph. */
    public void indexFromGraph(String documentId) {
        try (var session = driver.session()) {
            var rows = session.executeRead(tx -> tx.run("""
                    MATCH (d:Document {id: $id})
                    RETURN d.text AS text, d.contentHash AS hash, [(d)-[:OF_CITY]->(c) | c.name][0] AS city,
                           [(d)-[:OF_CITY]->(:City)-[:IN_CITY]->(p) | p.name][0] AS parentCity,
                           [(d)-[:HAS_TASK]->(t) | [t.id, t.start, t.end]] AS tasks,
                           [(d)-[:SETS]->(g) | [g.id, g.start, g.end]] AS targets
                    """, Map.of("id", documentId)).list());
            if (rows.isEmpty()) {
                index.deleteDocument(documentId);
                return;
            }
            var row = rows.get(0);
            index.replaceDocument(new IndexedDocument(documentId, row.get("city").asString(null),
                    row.get("text").asString(), spans(row.get("tasks").asList(v -> v.asList())),
                    spans(row.get("targets").asList(v -> v.asList())), row.get("parentCity").asString(null)));
            session.executeWrite(tx -> tx.run("MATCH (d:Document {id: $id}) SET d.indexedHash = $hash",
                    Map.of("id", documentId, "hash", row.get("hash").asString())).consume());
        }
    }

    public void delete(String documentId) {
        index.deleteDocument(documentId);
    }

    private static List<OwnedSpan> spans(List<List<Object>> rows) {
        return rows.stream().map(r -> new OwnedSpan((String) r.get(0), ((Number) r.get(1)).intValue(),
                ((Number) r.get(2)).intValue())).toList();
    }

    private void catchUp() {
        Map<String, Boolean> upToDate;
        try (var session = driver.session()) {
            upToDate = session.executeRead(tx -> tx.run("""
                    MATCH (d:Document)
                    RETURN d.id AS id, coalesce(d.indexedHash = d.contentHash, false) AS upToDate""")
                    .stream().collect(Collectors.toMap(r -> r.get("id").asString(), r -> r.get("upToDate").asBoolean())));
        }
        var indexed = index.documentIds();
        indexed.stream().filter(id -> !upToDate.containsKey(id)).forEach(index::deleteDocument);
        var behind = upToDate.entrySet().stream()
                .filter(e -> !e.getValue() || !indexed.contains(e.getKey())).map(Map.Entry::getKey).sorted().toList();
        if (!behind.isEmpty()) {
            log.info("search index behind the graph: indexing {} documents", behind.size());
            behind.forEach(this::indexFromGraph);
        }
    }

    @Override
    public void destroy() throws IOException {
        index.close();
    }
}
