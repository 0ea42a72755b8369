package io.policygraph.graph;

import io.policygraph.PolicyGraphApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With spring.neo4j.uri set, the service uses that database (here a Neo4j server started by the
 * test harness) and starts no embedded one; ingest, migrations and queries work the same.
 */
class ExternalNeo4jTest {

    static Neo4j server;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void start(@TempDir Path dataDir) {
        server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        app = new SpringApplicationBuilder(PolicyGraphApplication.class).web(WebApplicationType.NONE).run(
                "--spring.neo4j.uri=" + server.boltURI(),
                "--spring.neo4j.authentication.username=neo4j",
                "--spring.neo4j.authentication.password=unused",
                "--policygraph.data-dir=" + dataDir,
                "--policygraph.corpus=ingest/corpus");
    }

    @AfterAll
    static void stop() {
        app.close();
        server.close();
    }

    @Test
    void noEmbeddedDatabaseIsStarted() {
        assertThat(app.getBeanNamesForType(DatabaseManagementService.class)).isEmpty();
    }

    @Test
    void theCorpusLandsInTheExternalDatabaseAndIsQueryable() {
        var tester = ExecutionGraphQlServiceTester.create(app.getBean(ExecutionGraphQlService.class));
        tester.document("{ documents { totalCount } }").execute().path("documents.totalCount").entity(Integer.class)
                .isEqualTo(5);
        try (var session = server.defaultDatabaseService().beginTx()) {
            long tasks = (Long) session.execute("MATCH (t:Task) RETURN count(t) AS n").next().get("n");
            assertThat(tasks).isGreaterThan(20);
        }
        tester.document("{ departments(filter: {cities: [\"忻州市\"]}, first: 100) { edges { node { name } } } }")
                .execute().path("departments.edges[*].node.name").entityList(String.class)
                .contains("忻州市发展和改革委员会");
    }
}
