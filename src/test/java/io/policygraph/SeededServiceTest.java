package io.policygraph;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole service on a real embedded Neo4j in a fresh folder, with the seed plans of
 * ingest/corpus ingested on start, exactly as a user's first start does. Every test class that
 * extends this shares one running service (Spring caches the context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
public abstract class SeededServiceTest {

    /** Runs once per new context, so a context of its own (a test with a spy) gets a store of its own. */
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var dataDir = temporaryFolder().toString();
        registry.add("policygraph.data-dir", () -> dataDir);
        registry.add("policygraph.neo4j.bolt-port", () -> "0");
        registry.add("policygraph.corpus", () -> "ingest/corpus");
        registry.add("policygraph.api-key", () -> "test-key");
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("policygraph-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
