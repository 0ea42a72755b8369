package io.policygraph.search.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SearchQualityCheckTest {

    @Test
    void luceneWithHanLPClearlyBeatsNeo4jCjkFullTextOnTheSeedQueries() {
        SearchQualityCheck.Result result = SearchQualityCheck.run(
                Path.of("ingest/corpus"), Path.of("src/test/resources/search/quality-queries.tsv"));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        SearchQualityCheck.print(result, new PrintStream(report, true, StandardCharsets.UTF_8));
        System.out.println(report.toString(StandardCharsets.UTF_8));

        assertThat(result.lucene().perQuery()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(result.lucene().recallAtK()).isGreaterThanOrEqualTo(0.9)
                .isGreaterThan(result.neo4jCjk().recallAtK() + 0.03);
        assertThat(result.lucene().meanReciprocalRank()).isGreaterThanOrEqualTo(0.9)
                .isGreaterThan(result.neo4jCjk().meanReciprocalRank() + 0.05);
    }
}
