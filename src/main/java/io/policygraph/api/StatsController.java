package io.policygraph.api;

import io.policygraph.extract.QuantityUnit;
import io.policygraph.graph.StatsGraph;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.time.LocalDate;
import java.util.List;

@Controller
class StatsController {

    private final StatsGraph stats;

    StatsController(StatsGraph stats) {
        this.stats = stats;
    }

    @QueryMapping
    List<StatsGraph.Bucket> taskStats(@Argument List<TaskDimension> groupBy, @Argument Filters.TaskFilter filter,
                                      @Argument LocalDate asOf) {
        return stats.tasks(groupBy.stream().map(d -> d.group).toList(), Filters.TaskFilter.criteria(filter),
                asOf == null ? LocalDate.now() : asOf);
    }

    @QueryMapping
    List<StatsGraph.Bucket> targetStats(@Argument List<TargetDimension> groupBy, @Argument Filters.TargetFilter filter,
                                        @Argument QuantityUnit sum) {
        return stats.targets(groupBy.stream().map(d -> d.group).toList(), Filters.TargetFilter.criteria(filter),
                (sum == null ? QuantityUnit.YUAN : sum).name());
    }
}
