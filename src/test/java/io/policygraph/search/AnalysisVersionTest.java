package io.policygraph.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An index written before the analysis changed is rebuilt, one written by this version is followed on. */
class AnalysisVersionTest {

    @Test
    void anIndexWithoutThisAnalysisVersionIsRebuilt(@TempDir Path dir) {
        try (ClauseIndex index = new ClauseIndex(dir.resolve("search"))) {
            assertThat(SearchIndexing.writtenByOtherAnalysis(index.position())).as("a new index").isFalse();
            // What an earlier version recorded: the log it followed and how far, no analysis.
            index.apply(List.of(), List.of(), Map.of(SearchIndexing.LOG_ID, "log-1", SearchIndexing.SEQUENCE, "7"));
            assertThat(SearchIndexing.writtenByOtherAnalysis(index.position())).isTrue();
            index.apply(List.of(), List.of(), Map.of(SearchIndexing.LOG_ID, "log-1", SearchIndexing.SEQUENCE, "8",
                    SearchIndexing.ANALYSIS, SearchIndexing.ANALYSIS_VERSION));
            assertThat(SearchIndexing.writtenByOtherAnalysis(index.position())).isFalse();
        }
    }
}
