package io.policygraph.search.quality;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * The baseline: Neo4j's built-in full-text index with its 'cjk' analyzer (character bigrams) over the same
 * clauses, in an embedded database of its own.
 */
final class Neo4jCjkBaseline implements ClauseRanker, Closeable {

    private static final String INDEX = "clauseText";

    private final DatabaseManagementService dbms;
    private final GraphDatabaseService db;

    Neo4jCjkBaseline(Path databaseDirectory, List<RankedClause> clauses) {
        dbms = new DatabaseManagementServiceBuilder(databaseDirectory)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(32))
                .build();
        db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("CREATE FULLTEXT INDEX " + INDEX + " FOR (c:Clause) ON EACH [c.text] "
                + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}");
        List<Map<String, Object>> rows = clauses.stream()
                .map(clause -> Map.<String, Object>of("file", clause.fileName(), "text", clause.text()))
                .toList();
        db.executeTransactionally("UNWIND $rows AS row CREATE (:Clause {file: row.file, text: row.text})",
                Map.of("rows", rows));
        try (Transaction tx = db.beginTx()) {
            tx.schema().awaitIndexesOnline(2, TimeUnit.MINUTES);
            tx.commit();
        }
    }

    @Override
    public List<RankedClause> top(String query, int count) {
        try {
            return db.executeTransactionally(
                    "CALL db.index.fulltext.queryNodes($index, $query, {limit: $count}) YIELD node "
                            + "RETURN node.file AS file, node.text AS text",
                    Map.of("index", INDEX, "query", query, "count", count),
                    result -> result.stream()
                            .map(row -> new RankedClause((String) row.get("file"), (String) row.get("text")))
                            .toList());
        } catch (QueryExecutionException e) {
            // A query the baseline cannot parse finds nothing, as it would for its user.
            return List.of();
        }
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
