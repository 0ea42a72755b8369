package io.policygraph.ingest;

import io.policygraph.search.SearchIndexing;
import io.policygraph.graph.GraphCensus;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts what the store holds and checks that the graph and the search index agree: after a crash
 * and a restart this must read exactly as after one clean ingest.
 */
@Service
public class StoreCheck {

    /** Label and relationship counts, and every way the two stores disagree (empty when consistent). */
    public record Report(Map<String, Long> labels, Map<String, Long> relationships, long clauses,
                         List<String> problems) {

        public String text() {
            var out = new StringBuilder();
            labels.forEach((k, v) -> out.append("label ").append(k).append('=').append(v).append('\n'));
            relationships.forEach((k, v) -> out.append("relationship ").append(k).append('=').append(v).append('\n'));
            out.append("search clauses=").append(clauses).append('\n');
            problems.forEach(p -> out.append("problem ").append(p).append('\n'));
            out.append(problems.isEmpty() ? "consistent" : "INCONSISTENT").append('\n');
            return out.toString();
        }
    }

    private final GraphCensus graph;
    private final SearchIndexing search;

    StoreCheck(GraphCensus graph, SearchIndexing search) {
        this.graph = graph;
        this.search = search;
    }

    public Report run() {
        var problems = new ArrayList<String>(graph.problems());
        long lag = search.status().lag();
        if (lag > 0) {
            problems.add("search index behind the graph by " + lag + " documents");
        }
        var inGraph = graph.documentIds();
        var inIndex = search.index().documentIds();
        inIndex.stream().filter(id -> !inGraph.contains(id)).forEach(id -> problems.add("indexed but not in the graph: " + id));
        inGraph.stream().filter(id -> !inIndex.contains(id)).forEach(id -> problems.add("in the graph but not indexed: " + id));
        return new Report(graph.labels(), graph.relationships(), search.index().clauseCount(), problems);
    }
}
