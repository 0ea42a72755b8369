package io.policygraph.ingest;

import io.policygraph.PolicyGraphApplication;
import io.policygraph.search.SearchIndexing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk ingest writes several documents per transaction; a document the database refuses fails
 * alone. The database here caps a transaction's memory ({@code db.memory.transaction.max}, as an
 * operator would to protect a shared server): each seed plan fits, one plan with a very long appendix
 * does not, so the batch holding all of them is refused and written again one document at a time.
 */
class BatchedIngestTest {

    /** Fits each seed plan's transaction, not the one with the appendix. */
    private static final long TRANSACTION_LIMIT = ByteUnit.mebiBytes(4);

    static Neo4j server;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        server = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(GraphDatabaseSettings.memory_transaction_max_size, TRANSACTION_LIMIT).build();
        app = new SpringApplicationBuilder(PolicyGraphApplication.class).web(WebApplicationType.NONE).run(
                "--spring.neo4j.uri=" + server.boltURI(),
                "--spring.neo4j.authentication.username=neo4j",
                "--spring.neo4j.authentication.password=unused",
                "--policygraph.data-dir=" + dataDir,
                "--policygraph.ingest-on-start=false",
                "--policygraph.ingest.batch-chars=10000000");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        server.close();
    }

    @Test
    void aDocumentTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchLands(@TempDir Path input) throws Exception {
        var seeds = List.of("000_cdee36fe1d75d9b5.txt", "001_a0de8f5fd32c418b.txt", "003_f595c85bb14bb4b3.txt");
        for (var seed : seeds) {
            Files.copy(Path.of("ingest/corpus", seed), input.resolve(seed));
        }
        var plan = Files.readString(Path.of("ingest/corpus/004_b85820a820c6e1e1.txt"), StandardCharsets.UTF_8);
        Files.writeString(input.resolve("002_with_appendix.txt"),
                plan + "\n附件:项目清单说明\n" + "本清单所列项目按年度计划推进,具体安排以年度计划为准。\n".repeat(20_000));

        var results = app.getBean(IngestService.class).ingestPaths(List.of(input));

        var byId = results.stream().collect(java.util.stream.Collectors.toMap(IngestResult::fileName, r -> r));
        assertThat(byId).hasSize(4);
        seeds.forEach(seed -> assertThat(byId.get(seed).status()).as(seed).isEqualTo(IngestResult.Status.CREATED));
        var refused = byId.get("002_with_appendix.txt");
        assertThat(refused.status()).isEqualTo(IngestResult.Status.FAILED);
        assertThat(refused.reason()).startsWith("the graph database refused the document, nothing of it was written:");
        assertThat(refused.line()).startsWith("failed  002_with_appendix.txt");

        assertThat(count("MATCH (d:Document) RETURN d.id AS id ORDER BY id")).containsExactlyElementsOf(seeds);
        assertThat(count("MATCH (t:Task) WHERE t.documentId = '002_with_appendix.txt' RETURN t.id AS id")).isEmpty();
        assertThat(app.getBean(SearchIndexing.class).index().documentIds()).containsExactlyInAnyOrderElementsOf(seeds);
    }

    private static List<Object> count(String query) {
        try (var tx = server.defaultDatabaseService().beginTx()) {
            return tx.execute(query).stream().map(row -> row.get("id")).toList();
        }
    }
}
