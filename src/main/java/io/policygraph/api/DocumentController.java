package io.policygraph.api;

import io.policygraph.graph.CityNode;
import io.policygraph.graph.DepartmentGraph;
import io.policygraph.graph.DepartmentNode;
import io.policygraph.graph.DocumentGraph;
import io.policygraph.graph.DocumentNode;
import io.policygraph.graph.ProjectGraph;
import io.policygraph.graph.ProjectNode;
import io.policygraph.graph.TargetGraph;
import io.policygraph.graph.TargetNode;
import io.policygraph.graph.TaskGraph;
import io.policygraph.graph.TaskNode;
import io.policygraph.graph.WarningNode;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

@Controller
class DocumentController {

    private final DocumentGraph documents;
    private final DepartmentGraph departments;
    private final TaskGraph tasks;
    private final TargetGraph targets;
    private final ProjectGraph projects;
    private final Paging paging;
    private final Selections selections;

    DocumentController(DocumentGraph documents, DepartmentGraph departments, TaskGraph tasks, TargetGraph targets,
                       ProjectGraph projects, Paging paging, Selections selections) {
        this.selections = selections;
        this.documents = documents;
        this.departments = departments;
        this.tasks = tasks;
        this.targets = targets;
        this.projects = projects;
        this.paging = paging;
    }

    @QueryMapping
    Connection<Map<String, Object>> documents(@Argument Filters.DocumentFilter filter, @Argument Integer first,
                                       @Argument String after,
            DataFetchingFieldSelectionSet selection) {
        var range = paging.range(first, after);
        return paging.connection(documents.page(Filters.DocumentFilter.criteria(filter), selections.ofNodes(selection),
                range.after(), range.limit(), Paging.wantsTotal(selection)), range);
    }

    @SchemaMapping(typeName = "Document")
    CompletableFuture<CityNode> city(DocumentNode document, DataLoader<String, CityNode> cities) {
        return document.cityName() == null ? CompletableFuture.completedFuture(null) : cities.load(document.cityName());
    }

    @BatchMapping(typeName = "Document")
    Map<DocumentNode, String> text(List<DocumentNode> docs) {
        return Batches.oneByKey(docs, DocumentNode::key, documents::texts);
    }

    @BatchMapping(typeName = "Document")
    Map<DocumentNode, List<WarningNode>> extractionWarnings(List<DocumentNode> docs) {
        return Batches.byKey(docs, DocumentNode::key, documents::warnings);
    }

    @BatchMapping(typeName = "Document")
    Map<DocumentNode, List<DepartmentNode>> departments(List<DocumentNode> docs) {
        return Batches.byKey(docs, DocumentNode::key, departments::namedBy);
    }

    @BatchMapping(typeName = "Document")
    Map<DocumentNode, List<TaskNode>> tasks(List<DocumentNode> docs) {
        return Batches.byKey(docs, DocumentNode::key, tasks::ofDocuments);
    }

    @BatchMapping(typeName = "Document")
    Map<DocumentNode, List<TargetNode>> targets(List<DocumentNode> docs) {
        return Batches.byKey(docs, DocumentNode::key, targets::ofDocuments);
    }

    @BatchMapping(typeName = "Document")
    Map<DocumentNode, List<ProjectNode>> projects(List<DocumentNode> docs) {
        return Batches.byKey(docs, DocumentNode::key, projects::ofDocuments);
    }
}
