package io.policygraph.api;

import io.policygraph.graph.CityNode;
import io.policygraph.graph.DocumentGraph;
import io.policygraph.graph.DocumentNode;
import io.policygraph.graph.ProjectGraph;
import io.policygraph.graph.ProjectNode;
import io.policygraph.graph.TaskGraph;
import io.policygraph.graph.TaskNode;
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
class ProjectController {

    private final ProjectGraph projects;
    private final DocumentGraph documents;
    private final TaskGraph tasks;
    private final Paging paging;
    private final Selections selections;

    ProjectController(ProjectGraph projects, DocumentGraph documents, TaskGraph tasks, Paging paging, Selections selections) {
        this.selections = selections;
        this.projects = projects;
        this.documents = documents;
        this.tasks = tasks;
        this.paging = paging;
    }

    @QueryMapping
    Connection<Map<String, Object>> projects(@Argument Filters.ProjectFilter filter, @Argument Integer first,
                                     @Argument String after, @Argument ProjectOrder orderBy,
            DataFetchingFieldSelectionSet selection) {
        var range = paging.range(first, after);
        return paging.connection(projects.page(Filters.ProjectFilter.criteria(filter), ProjectOrder.sort(orderBy),
                selections.ofNodes(selection), range.after(), range.limit(), Paging.wantsTotal(selection)), range);
    }

    @SchemaMapping(typeName = "Project")
    CompletableFuture<CityNode> city(ProjectNode project, DataLoader<String, CityNode> cities) {
        return project.cityName() == null ? CompletableFuture.completedFuture(null) : cities.load(project.cityName());
    }

    @BatchMapping(typeName = "Project")
    Map<ProjectNode, List<DocumentNode>> documents(List<ProjectNode> list) {
        return Batches.byKey(list, ProjectNode::key, documents::mentioning);
    }

    @BatchMapping(typeName = "Project")
    Map<ProjectNode, List<TaskNode>> tasks(List<ProjectNode> list) {
        return Batches.byKey(list, ProjectNode::key, tasks::ofProjects);
    }
}
