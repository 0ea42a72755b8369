package io.policygraph.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench command end to end on a small corpus: a test of the command, not of speed. */
class BenchCommandTest {

    private static final List<String> FIGURES = List.of(
            "hanlp_chars_per_s", "ingest_chars_per_s", "ingest_vs_hanlp", "ingest_seconds",
            "graphql_floor_p50_ms", "graphql_floor_p99_ms", "bolt_floor_p50_ms", "bolt_floor_p99_ms",
            "headline_p50_ms", "headline_p99_ms", "headline_cypher_p50_ms", "headline_cypher_p99_ms",
            "headline_vs_cypher_p50", "headline_vs_cypher", "tasks_page_p99_ms", "search_p50_ms", "search_p99_ms",
            "search_lucene_p50_ms", "search_lucene_p99_ms", "search_vs_lucene",
            "rss_mb");

    @Test
    void printsEveryFigureWithAPositiveValue() {
        var out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            exit = BenchCommand.run(new String[] {"--docs", "20", "--requests", "20", "--warm-up", "5"});
        } finally {
            System.setOut(original);
        }

        Map<String, String> printed = Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(line -> line.matches("[a-z0-9_]+=\\S+"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
        assertThat(exit).isZero();
        assertThat(printed).containsKeys(FIGURES.toArray(String[]::new));
        FIGURES.forEach(key -> assertThat(Double.parseDouble(printed.get(key))).as(key).isPositive());
    }

    @Test
    void refusesAMissingDocumentCount() {
        assertThat(BenchCommand.run(new String[] {"--data-dir", "x"})).isEqualTo(2);
        assertThat(BenchCommand.run(new String[] {"--docs", "0"})).isEqualTo(2);
    }
}
