package io.policygraph.bench;

import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench --docs N [--data-dir DIR] [--seed S] [--requests R] [--warm-up W]}: generates N plans, ingests
 * them into a fresh store and prints one {@code key=value} line per figure; each latency is R requests
 * ({@value #DEFAULT_REQUESTS} by default) after W unmeasured ones ({@value #DEFAULT_WARM_UP}). Without --data-dir the store lives in a
 * temporary folder that is removed afterwards. Exit code 0, 1 when the run fails, 2 on a usage error.
 */
public final class BenchCommand {

    /** Enough that the p99 is the tenth-slowest request, not the third. */
    private static final int DEFAULT_REQUESTS = 1_000;
    private static final int DEFAULT_WARM_UP = 500;

    private BenchCommand() {
    }

    public static int run(String[] args) {
        int docs;
        Path dataDir;
        long seed;
        int requests;
        int warmUp;
        try {
            var line = CommandLine.parse(args, List.of("--docs", "--data-dir", "--seed", "--requests", "--warm-up"));
            docs = line.positiveInt("--docs");
            dataDir = line.orNull("--data-dir") == null ? null : Path.of(line.orNull("--data-dir"));
            seed = line.longOr("--seed", GenerateCommand.DEFAULT_SEED);
            requests = line.positiveIntOr("--requests", DEFAULT_REQUESTS);
            warmUp = line.positiveIntOr("--warm-up", DEFAULT_WARM_UP);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: bench --docs N [--data-dir DIR] [--seed S] [--requests R] [--warm-up W]");
            return 2;
        }
        Path work = temporaryFolder();
        try {
            Path store = dataDir == null ? work.resolve("data") : dataDir;
            if (Files.exists(store.resolve("neo4j"))) {
                System.err.println(store + " already holds a store; the benchmark needs a fresh one");
                return 2;
            }
            var plans = new SyntheticCorpus(seed).plans(docs);
            Path corpusDir = work.resolve("corpus");
            SyntheticCorpus.write(plans, corpusDir);
            System.out.printf("docs=%d%nchars=%d%n", docs, plans.stream().mapToLong(p -> p.text().length()).sum());
            print(new Benchmark(plans, corpusDir, store, requests, warmUp).run());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("bench failed: " + e.getMessage());
            return 1;
        } finally {
            FileSystemUtils.deleteRecursively(work.toFile());
        }
    }

    private static void print(Map<String, Double> figures) {
        figures.forEach((key, value) -> System.out.println(key + "=" + format(value)));
    }

    private static String format(double value) {
        if (value >= 1000) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("policygraph-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
