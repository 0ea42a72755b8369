package io.policygraph.search;

import io.policygraph.PolicyGraphProperties;
import io.policygraph.graph.IndexFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Keeps the clause index in step with the graph, which is the source of truth: a document is
 * indexed from what the graph holds, and the graph records which content each document was indexed
 * at. At start-up every document whose index state lags the graph (a new store, a crash between the
 * two commits, a lost index folder) is indexed again, and index entries of deleted documents go.
 */
@Component
public class SearchIndexing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

    private final IndexFeed feed;
    private final ClauseIndex index;

    SearchIndexing(PolicyGraphProperties properties, IndexFeed feed) {
        this.feed = feed;
        this.index = new ClauseIndex(properties.dataDir().resolve("search"));
        catchUp();
    }

    public ClauseIndex index() {
        return index;
    }

    /** Indexes the document as the graph now holds it, then records that in the graph. */
    public void indexFromGraph(String documentId) {
        var found = feed.document(documentId);
        if (found.isEmpty()) {
            index.deleteDocument(documentId);
            return;
        }
        var d = found.get();
        index.replaceDocument(new IndexedDocument(d.id(), d.title(), d.city(), d.text(), spans(d.tasks()),
                spans(d.targets())));
        if (d.contentHash() != null) {
            feed.markIndexed(d.id(), d.contentHash());
        }
    }

    public void delete(String documentId) {
        index.deleteDocument(documentId);
    }

    private static List<OwnedSpan> spans(List<IndexFeed.Span> spans) {
        return spans.stream().map(s -> new OwnedSpan(s.id(), s.start(), s.end(), s.number(), s.title())).toList();
    }

    private void catchUp() {
        Map<String, Boolean> upToDate = feed.indexStates();
        var indexed = index.documentIds();
        indexed.stream().filter(id -> !upToDate.containsKey(id)).forEach(index::deleteDocument);
        var behind = upToDate.entrySet().stream()
                .filter(e -> !e.getValue() || !indexed.contains(e.getKey())).map(Map.Entry::getKey).sorted().toList();
        if (!behind.isEmpty()) {
            log.info("search index behind the graph: indexing {} documents", behind.size());
            behind.forEach(this::indexFromGraph);
        }
    }

    @Override
    public void destroy() throws IOException {
        index.close();
    }
}
