package io.policygraph.api;

import io.policygraph.graph.CityNode;
import io.policygraph.graph.DepartmentGraph;
import io.policygraph.graph.DepartmentNode;
import io.policygraph.graph.TaskGraph;
import io.policygraph.graph.TaskNode;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

@Controller
class DepartmentController {

    private final DepartmentGraph departments;
    private final Paging paging;
    private final Selections selections;

    DepartmentController(DepartmentGraph departments, Paging paging, Selections selections) {
        this.selections = selections;
        this.departments = departments;
        this.paging = paging;
    }

    @QueryMapping
    Connection<Map<String, Object>> departments(@Argument Filters.DepartmentFilter filter, @Argument Integer first,
                                           @Argument String after,
            DataFetchingFieldSelectionSet selection) {
        var range = paging.range(first, after);
        return paging.connection(departments.page(Filters.DepartmentFilter.criteria(filter), selections.ofNodes(selection),
                range.after(), range.limit(), Paging.wantsTotal(selection)), range);
    }

    @SchemaMapping(typeName = "Department")
    CompletableFuture<CityNode> city(DepartmentNode department, DataLoader<String, CityNode> cities) {
        return department.cityName() == null ? CompletableFuture.completedFuture(null)
                : cities.load(department.cityName());
    }

    @SchemaMapping(typeName = "Department")
    CompletableFuture<List<TaskNode>> tasks(DepartmentNode department, @Argument Role role,
                                            @Argument Filters.DueFilter due,
                                            DataLoader<DataLoaders.DepartmentTasksKey, List<TaskNode>> departmentTasks) {
        return departmentTasks.load(new DataLoaders.DepartmentTasksKey(department.name(), Role.graph(role),
                Filters.DueFilter.criteria(due)));
    }
}
