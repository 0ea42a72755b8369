package io.policygraph.api;

import io.policygraph.extract.DueStatus;
import io.policygraph.graph.DeadlineNode;
import io.policygraph.graph.DepartmentNode;
import io.policygraph.graph.DocumentNode;
import io.policygraph.graph.ProjectGraph;
import io.policygraph.graph.ProjectNode;
import io.policygraph.graph.SourceSpan;
import io.policygraph.graph.TargetGraph;
import io.policygraph.graph.TargetNode;
import io.policygraph.graph.TaskGraph;
import io.policygraph.graph.TaskNode;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

@Controller
class TaskController {

    private final TaskGraph tasks;
    private final TargetGraph targets;
    private final ProjectGraph projects;
    private final Paging paging;
    private final Selections selections;

    TaskController(TaskGraph tasks, TargetGraph targets, ProjectGraph projects, Paging paging, Selections selections) {
        this.selections = selections;
        this.tasks = tasks;
        this.targets = targets;
        this.projects = projects;
        this.paging = paging;
    }

    @QueryMapping
    Connection<Map<String, Object>> tasks(@Argument Filters.TaskFilter filter, @Argument Integer first, @Argument String after,
                                          @Argument TaskOrder orderBy, DataFetchingFieldSelectionSet selection) {
        var range = paging.range(first, after);
        return paging.connection(tasks.page(Filters.TaskFilter.criteria(filter), TaskOrder.sort(orderBy),
                selections.ofNodes(selection), range.after(), range.limit(), Paging.wantsTotal(selection)), range);
    }

    @SchemaMapping(typeName = "Task")
    CompletableFuture<DocumentNode> document(TaskNode task, DataLoader<String, DocumentNode> documents) {
        return documents.load(task.documentId());
    }

    @SchemaMapping(typeName = "Task")
    CompletableFuture<List<DepartmentNode>> leads(TaskNode task, DataLoader<String, TaskGraph.TaskRoles> taskRoles) {
        return taskRoles.load(task.key()).thenApply(TaskGraph.TaskRoles::leads);
    }

    @SchemaMapping(typeName = "Task")
    CompletableFuture<List<DepartmentNode>> responsible(TaskNode task, DataLoader<String, TaskGraph.TaskRoles> taskRoles) {
        return taskRoles.load(task.key()).thenApply(TaskGraph.TaskRoles::responsible);
    }

    @SchemaMapping(typeName = "Task")
    CompletableFuture<List<DepartmentNode>> supports(TaskNode task, DataLoader<String, TaskGraph.TaskRoles> taskRoles) {
        return taskRoles.load(task.key()).thenApply(TaskGraph.TaskRoles::supports);
    }

    @BatchMapping(typeName = "Task")
    Map<TaskNode, DeadlineNode> deadline(List<TaskNode> list) {
        return Batches.oneByKey(list, TaskNode::key, tasks::deadlines);
    }

    @BatchMapping(typeName = "Task")
    Map<TaskNode, List<ProjectNode>> projects(List<TaskNode> list) {
        return Batches.byKey(list, TaskNode::key, projects::ofTasks);
    }

    @BatchMapping(typeName = "Task")
    Map<TaskNode, List<TargetNode>> targets(List<TaskNode> list) {
        return Batches.byKey(list, TaskNode::key, targets::ofTasks);
    }

    /** Computed on each request from the deadline's range, never stored: the answer depends on the day. */
    @SchemaMapping(typeName = "Task")
    CompletableFuture<DueStatus> status(TaskNode task, @Argument LocalDate asOf,
                                        DataLoader<String, DeadlineNode> taskDeadlines) {
        var day = asOf == null ? LocalDate.now() : asOf;
        return taskDeadlines.load(task.key()).thenApply(d -> DueStatus.of(d == null ? null : d.range(), day));
    }

    @SchemaMapping(typeName = "SourceSpan")
    CompletableFuture<DocumentNode> document(SourceSpan span, DataLoader<String, DocumentNode> documents) {
        return documents.load(span.documentId());
    }

    @BatchMapping(typeName = "Deadline")
    Map<DeadlineNode, List<TaskNode>> tasks(List<DeadlineNode> deadlines) {
        return Batches.byKey(deadlines, DeadlineNode::key, tasks::ofDeadlines);
    }
}
