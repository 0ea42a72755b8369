package io.policygraph.api;

import io.policygraph.graph.Filters;
import io.policygraph.graph.StatsGraph;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

@Controller
class StatsController {

    private final StatsGraph stats;

    StatsController(StatsGraph stats) {
        this.stats = stats;
    }

    @QueryMapping
    List<StatsGraph.Bucket> taskStats(@Argument List<StatsGraph.TaskDimension> groupBy,
                                      @Argument Filters.TaskFilter filter) {
        return stats.tasks(groupBy, filter);
    }

    @QueryMapping
    List<StatsGraph.Bucket> targetStats(@Argument List<StatsGraph.TargetDimension> groupBy,
                                        @Argument Filters.TargetFilter filter) {
        return stats.targets(groupBy, filter);
    }
}
