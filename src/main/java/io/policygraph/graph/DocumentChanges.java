package io.policygraph.graph;

import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The change log that keeps every instance's search index in step with the shared graph. Each
 * document write or delete takes the next number of one counter ({@code ChangeSequence}) in its own
 * transaction and stamps it on the document's {@code DocumentChange} entry. An index that has applied
 * everything up to number P only needs the entries above P; since a write holds the counter's lock
 * until it commits, numbers become visible in order and no entry below a visible one can appear
 * later. One entry per document id (the latest change wins), so the log never grows beyond the
 * documents ever stored, and a deleted document's entry is its tombstone.
 */
@Component
public class DocumentChanges {

    /** A change to apply: the document as the graph now holds it, or null content if it is gone. */
    public record Change(String documentId, long sequence, Content content) {

        public boolean deleted() {
            return content == null;
        }
    }

    /** What the search index needs of a document: its text, city, and its tasks' and targets' spans. */
    public record Content(String title, String city, String parentCity, String text, List<Span> tasks, List<Span> targets) {
    }

    /** A task's or target's stretch [start, end) of the text, by its id. */
    public record Span(String id, int start, int end, String number, String title) {
    }

    /**
     * Where the log stands: its last number, and the id that tells this database's log from another's
     * (null before the first write of an emptied database).
     */
    public record Head(String logId, long sequence) {
    }

    private final Driver driver;
    /**
     * Chains this instance's reads of the log: in a cluster each read is served by a member that has
     * seen at least what the previous read saw, so the log never appears to go backwards.
     */
    private final BookmarkManager bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());

    DocumentChanges(Driver driver, GraphSchemaMigrations.AppliedSchema schema) {
        this.driver = driver;
    }

    private Session session() {
        return driver.session(SessionConfig.builder().withBookmarkManager(bookmarks).build());
    }

    /**
     * Takes the next numbers of the counter and stamps them on the documents' entries. Constant text,
     * so the database plans it once whatever the number of ids.
     */
    private static final String RECORD = """
            MERGE (s:ChangeSequence {id: 'documents'}) ON CREATE SET s.value = 0, s.logId = randomUUID()
            SET s.value = s.value + size($ids)
            WITH s.value - size($ids) AS before
            UNWIND range(0, size($ids) - 1) AS i
            MERGE (c:DocumentChange {id: $ids[i]})
            SET c.seq = before + i + 1
            RETURN max(c.seq) AS seq
            """;

    /**
     * Records that these documents were written or deleted, in the caller's transaction; call it last,
     * so the counter is locked only for the moment before the commit. Each document gets a number of
     * its own (so a reader can stop between any two), consecutive in the order of the list; returns
     * the highest.
     */
    public static long record(TransactionContext tx, List<String> documentIds) {
        requireSome(documentIds);
        return tx.run(RECORD, Map.of("ids", documentIds)).single().get("seq").asLong();
    }

    /**
     * {@link #record(TransactionContext, List)} in the Spring-managed transaction the client runs in
     * (the batched writer's).
     */
    public static long record(Neo4jClient client, List<String> documentIds) {
        requireSome(documentIds);
        return client.query(RECORD).bind(documentIds).to("ids").fetchAs(Long.class)
                .mappedBy((types, row) -> row.get("seq").asLong()).one().orElseThrow();
    }

    private static void requireSome(List<String> documentIds) {
        if (documentIds.isEmpty()) {
            throw new IllegalArgumentException("no document to record");
        }
    }

    /** Read where writes go (a cluster's leader), so the head is never older than a change already applied. */
    public Head head() {
        try (var session = session()) {
            var row = session.executeWrite(tx -> tx.run("""
                    OPTIONAL MATCH (s:ChangeSequence {id: 'documents'})
                    RETURN s.logId AS logId, coalesce(s.value, 0) AS seq""").single());
            return new Head(row.get("logId").asString(null), row.get("seq").asLong());
        }
    }

    /**
     * The changes after a number, oldest first, at most {@code limit}, each with the document as the
     * graph holds it now. One read transaction, so in a cluster the documents are read from the same
     * state of the database as the log (never an older one, which could miss a write just listed).
     */
    public List<Change> after(long sequence, int limit) {
        try (var session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (c:DocumentChange) WHERE c.seq > $seq
                    WITH c ORDER BY c.seq LIMIT $limit
                    OPTIONAL MATCH (d:Document {id: c.id})
                    RETURN c.id AS id, c.seq AS seq, d IS NOT NULL AS present, d.text AS text, d.title AS title,
                           CASE WHEN d IS NULL THEN null ELSE [(d)-[:OF_CITY]->(x) | x.name][0] END AS city,
                           CASE WHEN d IS NULL THEN null ELSE [(d)-[:OF_CITY]->(:City)-[:IN_CITY]->(p) | p.name][0] END AS parentCity,
                           CASE WHEN d IS NULL THEN [] ELSE [(d)-[:HAS_TASK]->(t) | [t.id, t.start, t.end, t.number, t.title]] END AS tasks,
                           CASE WHEN d IS NULL THEN [] ELSE [(d)-[:SETS]->(g) | [g.id, g.start, g.end, null, null]] END AS targets
                    ORDER BY seq
                    """, Map.of("seq", sequence, "limit", limit)).list(r -> new Change(r.get("id").asString(),
                    r.get("seq").asLong(), r.get("present").asBoolean()
                            ? new Content(r.get("title").asString(null), r.get("city").asString(null), r.get("parentCity").asString(null), r.get("text").asString(),
                                    spans(r.get("tasks").asList(v -> v.asList())), spans(r.get("targets").asList(v -> v.asList())))
                            : null)));
        }
    }

    private static List<Span> spans(List<List<Object>> rows) {
        return rows.stream().map(r -> new Span((String) r.get(0), ((Number) r.get(1)).intValue(),
                ((Number) r.get(2)).intValue(), (String) r.get(3), (String) r.get(4))).toList();
    }

    /** How many documents changed after a number: what an index at that number still has to apply. */
    public long countAfter(long sequence) {
        try (var session = session()) {
            return session.executeRead(tx -> tx.run(
                    "MATCH (c:DocumentChange) WHERE c.seq > $seq RETURN count(c) AS n", Map.of("seq", sequence))
                    .single().get("n").asLong());
        }
    }
}
