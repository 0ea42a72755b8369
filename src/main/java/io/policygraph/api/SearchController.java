package io.policygraph.api;

import io.policygraph.graph.DocumentNode;
import io.policygraph.graph.SourceSpan;
import io.policygraph.graph.TargetNode;
import io.policygraph.graph.TaskNode;
import io.policygraph.search.ClauseIndex;
import io.policygraph.search.SearchFilter;
import io.policygraph.search.SearchHit;
import io.policygraph.search.SearchIndexing;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Full-text search over clauses; hits link back into the graph through the batch loaders. */
@Controller
class SearchController {

    /** The GraphQL SearchFilter input: city names and document global ids. */
    record SearchFilterInput(List<String> cities, List<String> documentIds) {
    }

    private final SearchIndexing search;
    private final Paging paging;

    SearchController(SearchIndexing search, Paging paging) {
        this.search = search;
        this.paging = paging;
    }

    @QueryMapping
    Connection<SearchHit> search(@Argument String query, @Argument SearchFilterInput filter, @Argument Integer first,
                                 @Argument String after) {
        var window = paging.window(first, after);
        if (window.offset() + window.limit() > ClauseIndex.MAX_PAGE_END) {
            throw new BadRequestException("search pages end at hit " + ClauseIndex.MAX_PAGE_END + "; narrow the query or filter");
        }
        var found = search.index().search(query, toFilter(filter), Math.toIntExact(window.offset()), window.limit());
        return paging.connection(found.hits(), window.offset(),
                window.offset() + found.hits().size() < found.total(), found.total());
    }

    private static SearchFilter toFilter(SearchFilterInput filter) {
        if (filter == null) {
            return SearchFilter.NONE;
        }
        Set<String> documents = filter.documentIds() == null ? Set.of() : filter.documentIds().stream()
                .map(id -> GlobalId.keyOf(id, DocumentNode.TYPE)
                        .orElseThrow(() -> new BadRequestException("not a document id: " + id)))
                .collect(Collectors.toSet());
        return new SearchFilter(filter.cities() == null ? Set.of() : Set.copyOf(filter.cities()), documents);
    }

    @SchemaMapping(typeName = "SearchHit")
    SourceSpan source(SearchHit hit) {
        return new SourceSpan(hit.documentId(), hit.start(), hit.end(), hit.text());
    }

    /** Served from the hit's stored fields when they hold all that is asked; else one batch per request. */
    @SchemaMapping(typeName = "SearchHit")
    CompletableFuture<Object> document(SearchHit hit, DataFetchingFieldSelectionSet selection,
                                       DataLoader<String, DocumentNode> documents) {
        var shown = StoredFacts.document(hit, selection);
        return shown != null ? CompletableFuture.completedFuture(shown) : documents.load(hit.documentId()).thenApply(d -> d);
    }

    @SchemaMapping(typeName = "SearchHit")
    CompletableFuture<Object> task(SearchHit hit, DataFetchingFieldSelectionSet selection,
                                   DataLoader<String, TaskNode> tasks) {
        if (hit.taskId() == null) {
            return CompletableFuture.completedFuture(null);
        }
        var shown = StoredFacts.task(hit, selection);
        return shown != null ? CompletableFuture.completedFuture(shown) : tasks.load(hit.taskId()).thenApply(t -> t);
    }

    @SchemaMapping(typeName = "SearchHit")
    CompletableFuture<TargetNode> target(SearchHit hit, DataLoader<String, TargetNode> targets) {
        return hit.targetId() == null ? CompletableFuture.completedFuture(null) : targets.load(hit.targetId());
    }
}
