import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load test for a running PolicyGraph: N concurrent clients for S seconds, each sending a mix of the
 * headline query, 100-task pages and searches. Prints throughput, p50/p99 per kind and the error
 * count; exits 1 if any request failed. Only talks to the URL it is given (use a loopback address).
 *
 *   java scripts/LoadTest.java http://127.0.0.1:8080/graphql 16 60
 */
public class LoadTest {

    static final List<String> QUERIES = List.of(
            "{ departments(filter: {leadsTasksDue: {quarter: 4}}, first: 50) { totalCount edges { node { name city { name } tasks(role: LEAD, due: {quarter: 4}) { number title deadline { date } document { title } } } } } }",
            "{ tasks(first: 100) { totalCount edges { node { number title leads { name } responsible { name } deadline { date } document { title } } } } }",
            "{ tasks(first: 100, filter: {due: {year: 2023}}) { totalCount edges { node { number title leads { name } deadline { date } document { title } } } } }",
            "{ search(query: \\\"固定资产投资\\\", first: 10) { totalCount edges { node { score snippet document { title } } } } }",
            "{ search(query: \\\"项目 建设\\\", first: 10) { totalCount edges { node { snippet task { number } } } } }",
            "{ search(query: \\\"開復工\\\", first: 10) { totalCount edges { node { snippet } } } }");
    static final List<String> KINDS = List.of("headline", "tasks", "tasks", "search", "search", "search");

    public static void main(String[] args) throws Exception {
        var url = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/graphql");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var latencies = new ArrayList<ConcurrentLinkedQueue<Long>>();
        QUERIES.forEach(q -> latencies.add(new ConcurrentLinkedQueue<>()));
        var errors = new AtomicLong();
        var firstError = new ConcurrentLinkedQueue<String>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        var pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                int i = client;
                while (System.nanoTime() < end) {
                    int kind = i++ % QUERIES.size();
                    var body = "{\"query\":\"" + QUERIES.get(kind) + "\"}";
                    var request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    try {
                        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long t = System.nanoTime() - t0;
                        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                            errors.incrementAndGet();
                            if (firstError.isEmpty()) {
                                firstError.add(response.statusCode() + " " + response.body());
                            }
                        } else {
                            latencies.get(kind).add(t);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.add(e.toString());
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long ok = latencies.stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        System.out.printf("clients=%d seconds=%.1f requests=%d errors=%d throughput_rps=%.1f%n",
                clients, elapsed, ok + errors.get(), errors.get(), ok / elapsed);
        var all = new ArrayList<Long>();
        for (var kind : List.of("headline", "tasks", "search")) {
            var samples = new ArrayList<Long>();
            for (int k = 0; k < QUERIES.size(); k++) {
                if (KINDS.get(k).equals(kind)) {
                    samples.addAll(latencies.get(k));
                }
            }
            all.addAll(samples);
            System.out.printf("%s: n=%d p50_ms=%.1f p99_ms=%.1f%n", kind, samples.size(), pct(samples, 50), pct(samples, 99));
        }
        System.out.printf("all: p50_ms=%.1f p99_ms=%.1f%n", pct(all, 50), pct(all, 99));
        if (errors.get() > 0) {
            System.out.println("first error: " + firstError.peek());
            System.exit(1);
        }
    }

    static double pct(List<Long> samples, int p) {
        if (samples.isEmpty()) {
            return 0;
        }
        var sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
