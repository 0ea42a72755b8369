package io.policygraph;

import io.policygraph.ingest.IngestCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two PolicyGraph instances on one Neo4j, as several replicas behind a load balancer run: A with its
 * embedded database, B pointing {@code spring.neo4j.uri} at A's Bolt port, each with its own search
 * index folder, both serving HTTP. A write or delete through either (or by the ingest command against
 * the same database) is found by search on both within a bounded time; B stopped while A writes catches up when it comes back; B's health shows its lag.
 * The last test prints the convergence time over {@code -Dreplicas.writes=N} writes (10 by default).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasTest {

    private static final String KEY = "test-key";
    /** Generous: a write normally shows on the other instance within one follow interval (1 s). */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String INGEST = """
            mutation($name: String!, $text: String!) { ingestDocument(fileName: $name, text: $text) {
                status reason document { id } } }""";
    private static final String DELETE = "mutation($id: ID!) { deleteDocument(id: $id) }";

    @TempDir
    static Path work;
    static String plan;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static int boltPortOfA;

    @BeforeAll
    static void startBoth() throws Exception {
        plan = Files.readString(Path.of("ingest/corpus/004_b85820a820c6e1e1.txt"), StandardCharsets.UTF_8);
        a = start("--policygraph.data-dir=" + work.resolve("a"), "--policygraph.neo4j.bolt-port=0",
                "--policygraph.corpus=ingest/corpus");
        var db = (GraphDatabaseAPI) a.getBean(DatabaseManagementService.class).database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        boltPortOfA = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        b = startB();
    }

    @AfterAll
    static void stopBoth() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    @Order(1)
    void writesAndDeletesThroughEitherInstanceAreFoundBySearchOnBoth() {
        var x = ingest(b, "replica-x.txt", "加快建设锑锗新材料产业园。");
        assertThat(hits(b, "\"锑锗新材料产业园\"")).as("the writing instance finds its write at once").isPositive();
        awaitHits(a, "\"锑锗新材料产业园\"", n -> n > 0);

        delete(a, x);
        assertThat(hits(a, "\"锑锗新材料产业园\"")).isZero();
        awaitHits(b, "\"锑锗新材料产业园\"", n -> n == 0);

        var y = ingest(a, "replica-y.txt", "推进氢氨储运示范走廊建设。");
        awaitHits(b, "\"氢氨储运示范走廊\"", n -> n > 0);
        delete(b, y);
        awaitHits(a, "\"氢氨储运示范走廊\"", n -> n == 0);

        assertThat(searchIndex(a)).containsEntry("status", "UP");
        assertThat(details(b)).containsEntry("lag", 0);
    }

    @Test
    @Order(2)
    void aWriteByTheIngestCommandAgainstTheSharedDatabaseIsFoundOnBoth() throws Exception {
        var file = Files.writeString(work.resolve("cli-plan.txt"), plan + "\n推进海上风电制氢基地建设。");

        int exit = IngestCommand.run(new String[]{"--spring.neo4j.uri=bolt://127.0.0.1:" + boltPortOfA,
                "--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=unused",
                "--policygraph.data-dir=" + work.resolve("cli"), file.toString()});

        assertThat(exit).isZero();
        awaitHits(a, "\"海上风电制氢基地\"", n -> n > 0);
        awaitHits(b, "\"海上风电制氢基地\"", n -> n > 0);
    }

    @Test
    @Order(3)
    void anInstanceStoppedDuringWritesCatchesUpWhenRestartedAndShowsItsLag() {
        var seed = graphQl(a).document("{ documents(first: 1) { edges { node { id } } } }").execute()
                .path("documents.edges[0].node.id").entity(String.class).get();
        var inSeed = "{ search(query: \"项目\", filter: {documentIds: [\"" + seed + "\"]}) { totalCount } }";
        assertThat(count(b, inSeed)).isPositive();
        b.close();

        ingest(a, "replica-z.txt", "建成钒液流储能电站群。");
        delete(a, seed);

        // Following every hour: only the catch-up at start can bring B up to date.
        b = startB("--policygraph.search.follow-interval=1h");
        assertThat(hits(b, "\"钒液流储能电站群\"")).isPositive();
        assertThat(count(b, inSeed)).isZero();
        assertThat(details(b)).containsEntry("lag", 0).containsEntry("caughtUpSinceStart", true);
        assertThat(readiness(b)).containsEntry("status", "UP");
        assertThat(readiness(b)).extracting("components").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKey("searchIndex");

        ingest(a, "replica-w.txt", "实施盐穴压缩空气储能工程。");
        assertThat(details(b)).as("one document written elsewhere, not yet followed").containsEntry("lag", 1);
        assertThat(hits(b, "\"盐穴压缩空气储能\"")).isZero();
        assertThat(readiness(b)).as("caught up once since start: a moment's lag is not unreadiness")
                .containsEntry("status", "UP");
        assertThat(lagMetric(b)).isEqualTo(1.0);

        ingest(b, "replica-v.txt", "建设光热熔盐储热示范项目。");
        assertThat(details(b)).as("a write through B applies everything before it too").containsEntry("lag", 0);
        assertThat(hits(b, "\"盐穴压缩空气储能\"")).isPositive();

        b.close();
        b = startB();
    }

    @Test
    @Order(4)
    void convergenceTimeOverManyWrites() {
        int writes = Integer.getInteger("replicas.writes", 10);
        var ingestMillis = new ArrayList<Long>();
        var deleteMillis = new ArrayList<Long>();
        var ids = new ArrayList<String>();
        for (int i = 0; i < writes; i++) {
            var writer = i % 2 == 0 ? a : b;
            var reader = i % 2 == 0 ? b : a;
            var id = ingest(writer, "convergence-" + i + ".txt", "推进第" + i + "批示范工程。");
            ids.add(id);
            ingestMillis.add(awaitCount(reader, inDocument(id), n -> n > 0));
        }
        for (int i = 0; i < writes; i++) {
            var writer = i % 2 == 0 ? b : a;
            var reader = i % 2 == 0 ? a : b;
            delete(writer, ids.get(i));
            deleteMillis.add(awaitCount(reader, inDocument(ids.get(i)), n -> n == 0));
        }
        System.out.printf("replicas: convergence over %d writes through alternating instances "
                        + "(follow interval 1 s): ingest p50 %d ms, max %d ms; delete p50 %d ms, max %d ms%n",
                writes, percentile(ingestMillis, 50), percentile(ingestMillis, 100),
                percentile(deleteMillis, 50), percentile(deleteMillis, 100));
        assertThat(details(a)).containsEntry("lag", 0);
        assertThat(details(b)).containsEntry("lag", 0);
    }

    private static ConfigurableApplicationContext startB(String... more) {
        var args = new ArrayList<>(List.of("--spring.neo4j.uri=bolt://127.0.0.1:" + boltPortOfA,
                "--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=unused",
                "--policygraph.data-dir=" + work.resolve("b")));
        args.addAll(List.of(more));
        return start(args.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext start(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server.port=0", "--policygraph.api-key=" + KEY, "--spring.main.banner-mode=off"));
        return new SpringApplicationBuilder(PolicyGraphApplication.class).run(all.toArray(String[]::new));
    }

    private static String inDocument(String id) {
        return "{ search(query: \"示范工程\", filter: {documentIds: [\"" + id + "\"]}) { totalCount } }";
    }

    private static String ingest(ConfigurableApplicationContext instance, String name, String sentence) {
        var result = staff(instance).document(INGEST).variable("name", name).variable("text", plan + "\n" + sentence)
                .execute();
        result.path("ingestDocument.status").entity(String.class).isEqualTo("CREATED");
        return result.path("ingestDocument.document.id").entity(String.class).get();
    }

    private static void delete(ConfigurableApplicationContext instance, String id) {
        staff(instance).document(DELETE).variable("id", id).execute().path("deleteDocument").entity(Boolean.class)
                .isEqualTo(true);
    }

    private static int hits(ConfigurableApplicationContext instance, String query) {
        return graphQl(instance).document("query($q: String!) { search(query: $q) { totalCount } }")
                .variable("q", query).execute().path("search.totalCount").entity(Integer.class).get();
    }

    private static int count(ConfigurableApplicationContext instance, String document) {
        return graphQl(instance).document(document).execute().path("search.totalCount").entity(Integer.class).get();
    }

    private static void awaitHits(ConfigurableApplicationContext instance, String query, IntPredicate expected) {
        awaitCount(instance, "{ search(query: " + quote(query) + ") { totalCount } }", expected);
    }

    /** Milliseconds until the search count satisfies the expectation; fails after {@link #BOUND}. */
    private static long awaitCount(ConfigurableApplicationContext instance, String document, IntPredicate expected) {
        long start = System.nanoTime();
        int last;
        do {
            last = count(instance, document);
            if (expected.test(last)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            sleep(10);
        } while (System.nanoTime() - start < BOUND.toNanos());
        throw new AssertionError("search did not converge within " + BOUND + " (last count " + last + "): " + document);
    }

    private static Map<String, Object> health(ConfigurableApplicationContext instance, String path) {
        return http(instance).get().uri(path).exchange().expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
        }).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> searchIndex(ConfigurableApplicationContext instance) {
        var components = (Map<String, Object>) health(instance, "/actuator/health").get("components");
        return (Map<String, Object>) components.get("searchIndex");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(ConfigurableApplicationContext instance) {
        return (Map<String, Object>) searchIndex(instance).get("details");
    }

    private static Map<String, Object> readiness(ConfigurableApplicationContext instance) {
        return health(instance, "/actuator/health/readiness");
    }

    @SuppressWarnings("unchecked")
    private static double lagMetric(ConfigurableApplicationContext instance) {
        var metric = health(instance, "/actuator/metrics/policygraph.search.lag");
        var measurements = (List<Map<String, Object>>) metric.get("measurements");
        return ((Number) measurements.get(0).get("value")).doubleValue();
    }

    private static HttpGraphQlTester graphQl(ConfigurableApplicationContext instance) {
        return HttpGraphQlTester.create(http(instance).mutate().baseUrl(baseUrl(instance) + "/graphql").build());
    }

    private static HttpGraphQlTester staff(ConfigurableApplicationContext instance) {
        return graphQl(instance).mutate().header("Authorization", "Bearer " + KEY).build();
    }

    private static WebTestClient http(ConfigurableApplicationContext instance) {
        return WebTestClient.bindToServer().baseUrl(baseUrl(instance)).responseTimeout(Duration.ofSeconds(60)).build();
    }

    private static String baseUrl(ConfigurableApplicationContext instance) {
        return "http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static long percentile(List<Long> values, int p) {
        var sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
