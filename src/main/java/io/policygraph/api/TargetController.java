package io.policygraph.api;

import io.policygraph.graph.DocumentNode;
import io.policygraph.graph.TargetGraph;
import io.policygraph.graph.TargetNode;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

@Controller
class TargetController {

    private final TargetGraph targets;
    private final Paging paging;
    private final Selections selections;

    TargetController(TargetGraph targets, Paging paging, Selections selections) {
        this.selections = selections;
        this.targets = targets;
        this.paging = paging;
    }

    @QueryMapping
    Connection<Map<String, Object>> targets(@Argument Filters.TargetFilter filter, @Argument Integer first,
                                   @Argument String after, @Argument TargetOrder orderBy,
            DataFetchingFieldSelectionSet selection) {
        var range = paging.range(first, after);
        return paging.connection(targets.page(Filters.TargetFilter.criteria(filter), TargetOrder.sort(orderBy),
                selections.ofNodes(selection), range.after(), range.limit(), Paging.wantsTotal(selection)), range);
    }

    @SchemaMapping(typeName = "Target")
    CompletableFuture<DocumentNode> document(TargetNode target, DataLoader<String, DocumentNode> documents) {
        return documents.load(target.documentId());
    }
}
