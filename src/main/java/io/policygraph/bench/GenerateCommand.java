package io.policygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code generate --docs N --out DIR [--seed S]}: writes N synthetic plans and prints one summary
 * line. Exit code 0, or 2 on a usage error.
 */
public final class GenerateCommand {

    static final long DEFAULT_SEED = 20_230_512L;

    private GenerateCommand() {
    }

    public static int run(String[] args) {
        CommandLine line;
        try {
            line = CommandLine.parse(args, List.of("--docs", "--out", "--seed"));
            int docs = line.positiveInt("--docs");
            Path out = Path.of(line.required("--out"));
            long seed = line.longOr("--seed", DEFAULT_SEED);
            long start = System.nanoTime();
            List<Path> files = SyntheticCorpus.write(new SyntheticCorpus(seed).plans(docs), out);
            long bytes = files.stream().mapToLong(GenerateCommand::size).sum();
            System.out.printf("generated %d plans (%.1f MB, seed %d) in %s in %.1f s%n", files.size(),
                    bytes / 1e6, seed, out, (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: generate --docs N --out DIR [--seed S]");
            return 2;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
