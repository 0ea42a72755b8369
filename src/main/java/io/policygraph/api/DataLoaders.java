package io.policygraph.api;

import io.policygraph.graph.CityGraph;
import io.policygraph.graph.CityNode;
import io.policygraph.graph.DeadlineNode;
import io.policygraph.graph.DocumentGraph;
import io.policygraph.graph.DocumentNode;
import io.policygraph.graph.Criteria;
import io.policygraph.graph.TargetGraph;
import io.policygraph.graph.TargetNode;
import io.policygraph.graph.TaskGraph;
import io.policygraph.graph.TaskNode;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loaders shared by several fields, so that one request costs one query per kind of data however
 * many fields ask for it: a task's three role lists come from one query; every "document" field
 * (of tasks, targets, spans, hits) from another.
 */
@Configuration(proxyBeanMethods = false)
class DataLoaders {

    static final String DOCUMENTS = "documents";
    static final String CITIES = "cities";
    static final String TASK_ROLES = "taskRoles";
    static final String DEPARTMENT_TASKS = "departmentTasks";
    static final String TASKS = "tasks";
    static final String TARGETS = "targets";
    static final String TASK_DEADLINES = "taskDeadlines";

    /** Tasks of one department in one role and due window: requests with equal arguments batch together. */
    record DepartmentTasksKey(String department, TaskGraph.Role role, Criteria.Due due) {
    }

    DataLoaders(BatchLoaderRegistry registry, DocumentGraph documents, CityGraph cities, TaskGraph tasks,
                TargetGraph targets) {
        registry.<String, TaskNode>forName(TASKS)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> tasks.byIds(ids)));
        registry.<String, TargetNode>forName(TARGETS)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> targets.byIds(ids)));
        registry.<String, DeadlineNode>forName(TASK_DEADLINES)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> tasks.deadlines(ids)));
        registry.<String, DocumentNode>forName(DOCUMENTS)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> documents.byIds(ids)));
        registry.<String, CityNode>forName(CITIES)
                .registerMappedBatchLoader((names, env) -> Mono.fromCallable(() -> cities.byNames(names)));
        registry.<String, TaskGraph.TaskRoles>forName(TASK_ROLES)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> tasks.roles(ids)));
        registry.<DepartmentTasksKey, List<TaskNode>>forName(DEPARTMENT_TASKS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> departmentTasks(tasks, keys)));
    }

    private static Map<DepartmentTasksKey, List<TaskNode>> departmentTasks(TaskGraph tasks, Set<DepartmentTasksKey> keys) {
        var result = new HashMap<DepartmentTasksKey, List<TaskNode>>();
        var byArguments = keys.stream().collect(Collectors.groupingBy(k -> new DepartmentTasksKey(null, k.role(), k.due())));
        byArguments.forEach((arguments, group) -> {
            var found = tasks.ofDepartments(group.stream().map(DepartmentTasksKey::department).toList(),
                    arguments.role(), arguments.due());
            group.forEach(k -> result.put(k, found.getOrDefault(k.department(), List.of())));
        });
        return result;
    }
}
