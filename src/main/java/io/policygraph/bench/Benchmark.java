package io.policygraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.policygraph.PolicyGraphApplication;
import io.policygraph.ingest.IngestResult;
import io.policygraph.ingest.IngestService;
import io.policygraph.search.ClauseIndex;
import io.policygraph.search.SearchFilter;
import io.policygraph.search.SearchIndexing;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One benchmark run: HanLP alone, then the whole service on a fresh store (ingest on all cores,
 * GraphQL over HTTP, and the same answers straight from Neo4j and Lucene), measured side by side.
 */
final class Benchmark {

    /** HanLP's rate is a rate: a few thousand plans measure it as well as all of them. */
    private static final int HANLP_SAMPLE = 2_000;

    private final List<SyntheticCorpus.Plan> plans;
    private final Path corpusDir;
    private final Path dataDir;
    private final int requests;
    private final int warmUp;

    /**
     * @param requests measured requests per latency figure
     * @param warmUp   unmeasured requests before them: right after the ingest the JIT has compiled the
     *                 ingest's code, not the reads', and a few hundred requests are needed before a read
     *                 costs what it costs in a service that has been answering for a while
     */
    Benchmark(List<SyntheticCorpus.Plan> plans, Path corpusDir, Path dataDir, int requests, int warmUp) {
        this.plans = plans;
        this.corpusDir = corpusDir;
        this.dataDir = dataDir;
        this.requests = requests;
        this.warmUp = warmUp;
    }

    /** Figures in the order they are reported. */
    Map<String, Double> run() {
        var figures = new LinkedHashMap<String, Double>();
        double hanlp = hanlpCharsPerSecond();
        try (var context = start()) {
            ingest(context.getBean(IngestService.class), hanlp, figures);
            var client = new GraphQlClient(((WebServerApplicationContext) context).getWebServer().getPort());
            var driver = context.getBean(Driver.class);
            floors(client, driver, figures);
            headline(client, driver, figures);
            figures.put("tasks_page_p99_ms", taskPages(client).percentile(99));
            search(client, context.getBean(SearchIndexing.class).index(), figures);
            figures.put("rss_mb", residentMegabytes());
        }
        return figures;
    }

    private void ingest(IngestService service, double hanlpCharsPerSecond, Map<String, Double> figures) {
        long start = System.nanoTime();
        List<IngestResult> results = service.ingestPaths(List.of(corpusDir));
        double seconds = (System.nanoTime() - start) / 1e9;
        double charsPerSecond = plans.stream().mapToLong(p -> p.text().length()).sum() / seconds;
        figures.put("hanlp_chars_per_s", hanlpCharsPerSecond);
        figures.put("ingest_chars_per_s", charsPerSecond);
        figures.put("ingest_vs_hanlp", charsPerSecond / hanlpCharsPerSecond);
        figures.put("ingest_seconds", seconds);
        figures.put("ingest_failed", (double) failures(results));
    }

    /**
     * What any answer costs whatever it asks: the smallest GraphQL request over HTTP ({@code __typename},
     * no data read) and the smallest statement through the driver ({@code RETURN 1}). They bound the
     * ratios below: a GraphQL answer pays at least the first, a hand-written statement at least the second.
     */
    private void floors(GraphQlClient client, Driver driver, Map<String, Double> figures) {
        var pair = Latencies.paired(warmUp, requests, () -> client.query(BenchQueries.NOTHING, Map.of()), () -> {
            try (var session = driver.session()) {
                return session.executeRead(tx -> tx.run("RETURN 1").list());
            }
        });
        figures.put("graphql_floor_p50_ms", pair[0].percentile(50));
        figures.put("graphql_floor_p99_ms", pair[0].percentile(99));
        figures.put("bolt_floor_p50_ms", pair[1].percentile(50));
        figures.put("bolt_floor_p99_ms", pair[1].percentile(99));
    }

    /** The headline through GraphQL and by the hand-written statement, request for request in turn. */
    private void headline(GraphQlClient client, Driver driver, Map<String, Double> figures) {
        checkHeadlineAnswersAgree(client, driver);
        var pair = Latencies.paired(warmUp, requests, () -> client.query(BenchQueries.HEADLINE, Map.of()),
                () -> headlineFromCypher(driver));
        var graphQl = pair[0];
        var cypher = pair[1];
        figures.put("headline_p50_ms", graphQl.percentile(50));
        figures.put("headline_p99_ms", graphQl.percentile(99));
        figures.put("headline_cypher_p50_ms", cypher.percentile(50));
        figures.put("headline_cypher_p99_ms", cypher.percentile(99));
        figures.put("headline_vs_cypher_p50", graphQl.percentile(50) / cypher.percentile(50));
        figures.put("headline_vs_cypher", graphQl.percentile(99) / cypher.percentile(99));
    }

    /** The same searches in the same order, through GraphQL and straight on the index, in turn. */
    private void search(GraphQlClient client, ClauseIndex index, Map<String, Double> figures) {
        var viaGraphQl = new AtomicInteger();
        var viaLucene = new AtomicInteger();
        var pair = Latencies.paired(warmUp, requests,
                () -> client.query(BenchQueries.SEARCH, Map.of("q", nextSearch(viaGraphQl))),
                () -> index.search(nextSearch(viaLucene), SearchFilter.NONE, 0, 20));
        var graphQl = pair[0];
        var lucene = pair[1];
        figures.put("search_p50_ms", graphQl.percentile(50));
        figures.put("search_p99_ms", graphQl.percentile(99));
        figures.put("search_lucene_p50_ms", lucene.percentile(50));
        figures.put("search_lucene_p99_ms", lucene.percentile(99));
        figures.put("search_vs_lucene", graphQl.percentile(99) / lucene.percentile(99));
    }

    private double hanlpCharsPerSecond() {
        Segment segment = HanLP.newSegment().enableOrganizationRecognize(true);
        var sample = plans.subList(0, Math.min(plans.size(), HANLP_SAMPLE));
        sample.stream().limit(20).forEach(p -> segment.seg(p.text())); // dictionaries load on first use
        long chars = 0;
        long start = System.nanoTime();
        for (var plan : sample) {
            for (String line : plan.text().split("\n")) {
                segment.seg(line);
            }
            chars += plan.text().length();
        }
        return chars / ((System.nanoTime() - start) / 1e9);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PolicyGraphApplication.class).run(
                "--server.port=0",
                "--policygraph.data-dir=" + dataDir,
                "--policygraph.neo4j.bolt-port=0",
                "--policygraph.ingest-on-start=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
    }

    /** Files the service refused; each is reported on stderr with its reason. */
    private static long failures(List<IngestResult> results) {
        var failed = results.stream().filter(r -> !r.landed()).toList();
        failed.forEach(r -> System.err.println(r.line()));
        if (failed.size() == results.size()) {
            throw new IllegalStateException("no plan landed");
        }
        return failed.size();
    }

    /** The GraphQL answer and the Cypher answer must be the same departments with the same tasks. */
    private static void checkHeadlineAnswersAgree(GraphQlClient client, Driver driver) {
        var fromGraphQl = new TreeMap<String, List<String>>();
        for (JsonNode edge : client.query(BenchQueries.HEADLINE, Map.of()).at("/departments/edges")) {
            var numbers = new ArrayList<String>();
            edge.at("/node/tasks").forEach(t -> numbers.add(t.get("document").get("title").asText() + "#" + t.get("number").asText()));
            fromGraphQl.put(edge.at("/node/name").asText(), numbers);
        }
        var fromCypher = new TreeMap<String, List<String>>();
        for (Record r : headlineFromCypher(driver)) {
            fromCypher.put(r.get("name").asString(), r.get("tasks").asList(t -> t.get("document").asString() + "#" + t.get("number").asString()));
        }
        if (fromGraphQl.isEmpty() || !fromGraphQl.equals(fromCypher)) {
            throw new IllegalStateException("the headline answers differ: GraphQL " + fromGraphQl.keySet()
                    + " vs Cypher " + fromCypher.keySet());
        }
    }

    private static List<Record> headlineFromCypher(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(BenchQueries.HEADLINE_CYPHER, Map.of("name", "name")).list());
        }
    }

    /** Pages of 100 tasks, walking the cursor chain and starting over at the end. */
    private Latencies taskPages(GraphQlClient client) {
        var after = new String[1];
        return Latencies.measure(warmUp, requests, () -> {
            var variables = new HashMap<String, Object>();
            variables.put("after", after[0]);
            JsonNode info = client.query(BenchQueries.TASKS_PAGE, variables).at("/tasks/pageInfo");
            after[0] = info.get("hasNextPage").asBoolean() ? info.get("endCursor").asText() : null;
            return info;
        });
    }

    private static String nextSearch(AtomicInteger counter) {
        return BenchQueries.SEARCHES.get(counter.getAndIncrement() % BenchQueries.SEARCHES.size());
    }

    private static double residentMegabytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToDouble(line -> Double.parseDouble(line.replaceAll("\\D", "")) / 1024.0)
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
